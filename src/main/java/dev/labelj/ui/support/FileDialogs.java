package dev.labelj.ui.support;

import dev.labelj.settings.SettingsStore;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileFilter;

/**
 * File dialogs that reopen where the user last left each of them (by dialog name, e.g. "openDir"),
 * remembered in the settings history. A dialog never used before starts in the folder the caller says makes
 * sense (the current image's folder, say), else in the folder LabelJ was started from — never the home folder
 * just because nothing is known.
 */
public final class FileDialogs {
    private final SettingsStore store;

    private FileDialogs(SettingsStore store) {
        this.store = store;
    }

    public static FileDialogs rememberingIn(SettingsStore store) {
        return new FileDialogs(store);
    }

    /** {@code firstUse}: where the dialog starts when it has never been used (null: the start folder). */
    public Optional<Path> chooseFolder(Component parent, String dialogName, Path firstUse) {
        return choose(parent, dialogName, JFileChooser.DIRECTORIES_ONLY, firstUse, null);
    }

    /** {@code firstUse}: where the dialog starts when it has never been used (null: the start folder). */
    public Optional<Path> chooseFile(Component parent, String dialogName, Path firstUse) {
        return choose(parent, dialogName, JFileChooser.FILES_ONLY, firstUse, null);
    }

    /** Like {@link #chooseFile(Component, String, Path)}, showing the files {@code filter} accepts first. */
    public Optional<Path> chooseFile(Component parent, String dialogName, Path firstUse, FileFilter filter) {
        return choose(parent, dialogName, JFileChooser.FILES_ONLY, firstUse, filter);
    }

    private Optional<Path> choose(Component parent, String dialogName, int selectionMode, Path firstUse,
                                  FileFilter filter) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(dialogName + "Chooser");
        chooser.setFileSelectionMode(selectionMode);
        if (filter != null) {
            chooser.setFileFilter(filter);
        }
        chooser.setCurrentDirectory(startFolder(dialogName, firstUse).toFile());
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath().toAbsolutePath().normalize();
        // Reopen in the folder that holds the choice, so the user sees it and its siblings again.
        File shownFolder = chosen.getParent() == null ? chosen.toFile() : chosen.getParent().toFile();
        store.updateHistory(h -> h.withDialogDir(dialogName, shownFolder.toPath()));
        return Optional.of(chosen);
    }

    /** Where dialog {@code dialogName} opens: where it was left, else {@code firstUse}, else the start folder. */
    public Path startFolder(String dialogName, Path firstUse) {
        return lastDirectory(dialogName).or(() -> Optional.ofNullable(firstUse))
                .orElseGet(() -> Path.of("").toAbsolutePath());
    }

    public Optional<Path> lastDirectory(String dialogName) {
        // No disk check on the EDT: JFileChooser itself falls back to the nearest existing parent.
        return store.history().dialogDir(dialogName);
    }
}
