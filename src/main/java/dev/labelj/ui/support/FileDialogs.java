package dev.labelj.ui.support;

import dev.labelj.settings.SettingsStore;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;

/**
 * File dialogs that reopen where the user last left each of them (by dialog name, e.g. "openDir"),
 * remembered in the settings history.
 */
public final class FileDialogs {
    private final SettingsStore store;

    private FileDialogs(SettingsStore store) {
        this.store = store;
    }

    /** Dialogs that start in the user's home folder and remember nothing (before settings exist). */
    public static FileDialogs forgetful() {
        return new FileDialogs(null);
    }

    public static FileDialogs rememberingIn(SettingsStore store) {
        return new FileDialogs(store);
    }

    public Optional<Path> chooseFolder(Component parent, String dialogName) {
        return choose(parent, dialogName, JFileChooser.DIRECTORIES_ONLY);
    }

    public Optional<Path> chooseFile(Component parent, String dialogName) {
        return choose(parent, dialogName, JFileChooser.FILES_ONLY);
    }

    private Optional<Path> choose(Component parent, String dialogName, int selectionMode) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(dialogName + "Chooser");
        chooser.setFileSelectionMode(selectionMode);
        lastDirectory(dialogName).ifPresent(dir -> chooser.setCurrentDirectory(dir.toFile()));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath().toAbsolutePath().normalize();
        // Reopen in the folder that holds the choice, so the user sees it and its siblings again.
        File shownFolder = chosen.getParent() == null ? chosen.toFile() : chosen.getParent().toFile();
        if (store != null) {
            store.updateHistory(h -> h.withDialogDir(dialogName, shownFolder.toPath()));
        }
        return Optional.of(chosen);
    }

    public Optional<Path> lastDirectory(String dialogName) {
        if (store == null) {
            return Optional.empty();
        }
        // No disk check on the EDT: JFileChooser itself falls back to the nearest existing parent.
        return store.history().dialogDir(dialogName);
    }
}
