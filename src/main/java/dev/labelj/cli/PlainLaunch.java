package dev.labelj.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the window's own command line without picocli when it is plain: up to three positional arguments and the
 * launcher's four options, each once. Building picocli's model of even the launcher alone took 80-130 ms of the
 * start, on the main thread, before anything else could begin (docs/adr/0173). Anything else — an unknown or
 * repeated option, a value that looks like an option, {@code --}, an {@code @file}, a path that is not one — is
 * left to picocli, and so is every argument that does not validate, so messages and exit codes stay picocli's.
 */
final class PlainLaunch {
    private static final Set<String> VALUED = Set.of("--settings", "--format");
    private static final Set<String> FLAGS = Set.of("--reset-settings", "--trace-timing");

    private PlainLaunch() {
    }

    /** The launcher command as picocli would have filled it, if {@code args} are plain. */
    static Optional<LabelJCommand> parse(String[] args) {
        LabelJCommand command = new LabelJCommand();
        Set<String> seen = new HashSet<>();
        int positional = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("@")) {
                    return Optional.empty();
                }
                if (!arg.startsWith("-")) {
                    if (!setPositional(command, positional++, arg)) {
                        return Optional.empty();
                    }
                    continue;
                }
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!seen.add(name) || !(VALUED.contains(name) || FLAGS.contains(name) && name.equals(arg))) {
                    return Optional.empty();
                }
                if (FLAGS.contains(name)) {
                    setFlag(command, name);
                    continue;
                }
                String value = name.equals(arg) ? (i + 1 < args.length ? args[++i] : null) : arg.substring(name.length() + 1);
                if (value == null || value.startsWith("-") || value.startsWith("@")) {
                    return Optional.empty();
                }
                setValue(command, name, value);
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(command);
    }

    private static boolean setPositional(LabelJCommand command, int index, String value) {
        switch (index) {
            case 0 -> command.imagePath = checkedPath(value);
            case 1 -> command.classFile = Path.of(value);
            case 2 -> command.saveDir = Path.of(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code value} unchanged, once it is known to be a path (else the caller leaves the line to picocli). */
    private static String checkedPath(String value) {
        Path.of(value);
        return value;
    }

    private static void setFlag(LabelJCommand command, String name) {
        if (name.equals("--reset-settings")) {
            command.resetSettings = true;
        } else {
            command.traceTiming = true;
        }
    }

    private static void setValue(LabelJCommand command, String name, String value) {
        if (name.equals("--settings")) {
            command.settingsFile = Path.of(value);
        } else {
            command.format = value;
        }
    }
}
