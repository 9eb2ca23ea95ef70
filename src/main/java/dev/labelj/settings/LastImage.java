package dev.labelj.settings;

import java.nio.file.Path;

/** The image last shown in a folder, so reopening the folder resumes there. Both paths absolute. */
public record LastImage(Path folder, Path image) {
    public LastImage {
        folder = RecentEntry.normalise(folder);
        image = RecentEntry.normalise(image);
    }
}
