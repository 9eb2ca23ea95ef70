package dev.labelj.ui.session;

import dev.labelj.settings.History;
import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What this launch works on: the command line's values where given, else what was remembered
 * (with no image argument, the most recent folder that still exists — "resume").
 *
 * @param images folder or image to open, if any
 * @param classFile predefined classes file, if any
 * @param saveDir where annotations go, if not next to the images
 * @param format save format id
 * @param resumed true when {@code images} came from the history rather than the command line
 */
public record LaunchPlan(Optional<Path> images, Optional<Path> classFile, Optional<Path> saveDir, String format,
        boolean resumed) {

    public static LaunchPlan resolve(LaunchOptions options, Settings settings, History history) {
        String format = options.format().orElse(settings.saveFormat());
        Optional<RecentEntry> remembered;
        Optional<Path> images = options.imagePath().map(p -> p.toAbsolutePath().normalize());
        if (images.isPresent()) {
            remembered = history.recent().stream().filter(e -> e.path().equals(images.get())).findFirst();
        } else {
            remembered = history.recent().stream().filter(e -> Files.exists(e.path())).findFirst();
        }
        return new LaunchPlan(
                images.or(() -> remembered.map(RecentEntry::path)),
                options.classFile().map(p -> p.toAbsolutePath().normalize())
                        .or(() -> remembered.flatMap(RecentEntry::classFileIfAny)),
                options.saveDir().map(p -> p.toAbsolutePath().normalize())
                        .or(() -> remembered.flatMap(RecentEntry::saveDirIfAny)),
                format,
                images.isEmpty() && remembered.isPresent());
    }

    /** Opening a recent entry brings its class file and save dir with it. */
    public LaunchPlan reopening(RecentEntry entry) {
        return new LaunchPlan(Optional.of(entry.path()), entry.classFileIfAny(), entry.saveDirIfAny(), format, false);
    }

    /**
     * A folder chosen with Open Dir keeps the class file in use; its save dir is the one remembered for
     * that folder, else none (annotations next to the images), as labelImg users expect.
     */
    public LaunchPlan openingFolder(Path folder, History history) {
        Path opened = folder.toAbsolutePath().normalize();
        Optional<Path> saveDir = history.recent().stream().filter(e -> e.path().equals(opened)).findFirst()
                .flatMap(RecentEntry::saveDirIfAny);
        return new LaunchPlan(Optional.of(opened), classFile, saveDir, format, false);
    }

    /** Change Save Dir: annotations of this folder go there from now on. */
    public LaunchPlan withSaveDir(Path folder) {
        return new LaunchPlan(images, classFile, Optional.of(folder.toAbsolutePath().normalize()), format, resumed);
    }

    public LaunchPlan withFormat(String newFormat) {
        return new LaunchPlan(images, classFile, saveDir, newFormat, resumed);
    }

    public RecentEntry asRecentEntry(Path opened) {
        return new RecentEntry(opened, classFile.orElse(null), saveDir.orElse(null));
    }
}
