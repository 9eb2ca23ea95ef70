package dev.labelj.ui.results;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The save dialog of an export: a name ending in one of the offered types keeps it, any other gets the first. */
final class ExportChooser {
    private ExportChooser() {
    }

    /** {@code folder}: the run folder the export starts in; without a run, the folder LabelJ started from. */
    static Optional<Path> choose(Component parent, Optional<Path> folder, String suggested, List<String> extensions,
                                 String description) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("exportChooser");
        Path start = folder.orElseGet(() -> Path.of("").toAbsolutePath());
        chooser.setCurrentDirectory(start.toFile());
        chooser.setSelectedFile(start.resolve(suggested).toFile());
        chooser.setFileFilter(new FileNameExtensionFilter(description, extensions.toArray(String[]::new)));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        return Optional.of(withExtension(chooser.getSelectedFile().toPath(), extensions));
    }

    static Path withExtension(Path file, List<String> extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(ext -> name.endsWith("." + ext))
                ? file : file.resolveSibling(file.getFileName() + "." + extensions.get(0));
    }
}
