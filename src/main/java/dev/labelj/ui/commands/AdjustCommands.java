package dev.labelj.ui.commands;

import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.ImageAdjustment;
import dev.labelj.ui.panels.StatusBar;
import java.util.function.UnaryOperator;

/**
 * View ▸ Brighter / Darker / More Contrast / Less Contrast / Reset: how the image is shown, for the rest of the
 * session and on every image (as labelImg's brightness), never saved into a file. One key press moves by the
 * remembered step ({@code brightnessStepPercent}, {@code contrastStepPercent}); the status bar says the values.
 */
public final class AdjustCommands {
    private final SettingsStore store;
    private final BoxCanvas canvas;
    private final StatusBar statusBar;

    public AdjustCommands(SettingsStore store, BoxCanvas canvas, StatusBar statusBar) {
        this.store = store;
        this.canvas = canvas;
        this.statusBar = statusBar;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.BRIGHTER, () -> change(a -> a.brighter(brightnessStep())));
        actions.define(ActionId.DARKER, () -> change(a -> a.brighter(-brightnessStep())));
        actions.define(ActionId.MORE_CONTRAST, () -> change(a -> a.moreContrast(contrastStep())));
        actions.define(ActionId.LESS_CONTRAST, () -> change(a -> a.moreContrast(-contrastStep())));
        actions.define(ActionId.RESET_ADJUSTMENT, () -> change(a -> ImageAdjustment.NONE));
    }

    private int brightnessStep() {
        return store.settings().brightnessStepPercent();
    }

    private int contrastStep() {
        return store.settings().contrastStepPercent();
    }

    private void change(UnaryOperator<ImageAdjustment> how) {
        ImageAdjustment now = how.apply(canvas.adjustment());
        canvas.setAdjustment(now);
        statusBar.showAdjustment(now.brightnessPercent(), now.contrastPercent());
    }
}
