package dev.labelj.ui.support;

import java.awt.Component;
import javax.swing.JOptionPane;

/** Help → About: the version from the jar manifest ("dev" when run from the build's classes) and Java's. */
public final class AboutBox {
    private AboutBox() {
    }

    public static void show(Component parent) {
        JOptionPane.showMessageDialog(parent, text(), Messages.get("action.about"), JOptionPane.INFORMATION_MESSAGE);
    }

    static String text() {
        return Messages.get("about.versioned", version(), System.getProperty("java.version"));
    }

    /** Implementation-Version of the jar this class came from; the build writes it. */
    public static String version() {
        String version = AboutBox.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
