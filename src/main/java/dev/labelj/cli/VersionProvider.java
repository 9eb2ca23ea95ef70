package dev.labelj.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (written by the build). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"LabelJ " + (version == null ? "development build" : version)};
    }
}
