package dev.labelj.ui.actions;

import java.util.List;

/** Every command of the main window, created once. */
public record Actions(
        CommandAction openDir,
        CommandAction nextImage,
        CommandAction previousImage,
        CommandAction quit,
        CommandAction about,
        CommandAction rescan) {

    public List<CommandAction> all() {
        return List.of(openDir, nextImage, previousImage, quit, about, rescan);
    }
}
