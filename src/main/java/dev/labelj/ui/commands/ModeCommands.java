package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.io.Formats;
import dev.labelj.settings.Settings;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.ChoiceMenu;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.BoxPainter;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The modes that make long sessions fast, each remembered in the settings: Auto Save, Single Class, Display
 * Labels, Draw Squares, the Crosshair and the Loupe, the box Line Width; and Verify Image (Space), which marks the image checked and saves it.
 */
public final class ModeCommands {
    private final SettingsStore store;
    private final ImageSession session;
    private final AnnotationDocument document;
    private final BoxCanvas canvas;
    private final Labeller labeller;
    private final CommandWindow window;

    public ModeCommands(SettingsStore store, ImageSession session, AnnotationDocument document, BoxCanvas canvas,
            Labeller labeller, CommandWindow window) {
        this.store = store;
        this.session = session;
        this.document = document;
        this.canvas = canvas;
        this.labeller = labeller;
        this.window = window;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.VERIFY_IMAGE, this::verify, document::isEditable);
        actions.defineToggle(ActionId.AUTO_SAVE, () -> settings().autoSave(),
                on -> update(s -> s.withAutoSave(on)), () -> true);
        actions.defineToggle(ActionId.SINGLE_CLASS, () -> settings().singleClassMode(),
                on -> update(s -> s.withSingleClassMode(on)), () -> true);
        actions.defineToggle(ActionId.DISPLAY_LABELS, () -> settings().displayLabels(),
                on -> update(s -> s.withDisplayLabels(on)), () -> true);
        actions.defineToggle(ActionId.DRAW_SQUARES, () -> settings().drawSquares(),
                on -> update(s -> s.withDrawSquares(on)), () -> true);
        actions.defineToggle(ActionId.CROSSHAIR, () -> settings().drawingAids().crosshair(),
                on -> update(s -> s.withDrawingAids(s.drawingAids().withCrosshair(on))), () -> true);
        actions.defineToggle(ActionId.LOUPE, () -> settings().drawingAids().loupe(),
                on -> update(s -> s.withDrawingAids(s.drawingAids().withLoupe(on))), () -> true);
        ActionId.lineWidths().forEach((id, width) -> actions.define(id, () -> update(s -> s.withBoxLineWidth(width)))
                .putValue(ChoiceMenu.CHOSEN, (BooleanSupplier) () -> settings().boxLineWidth() == width));
        session.setAutoSave(() -> settings().autoSave());
    }

    /** The "use default label" bar: remembered, and in effect at once. */
    public void setDefaultLabel(boolean enabled, String label) {
        update(s -> s.withDefaultLabel(enabled, label));
    }

    private Settings settings() {
        return store.settings();
    }

    private void update(UnaryOperator<Settings> change) {
        store.updateSettings(change);
        apply(settings());
    }

    /**
     * Puts the remembered modes into effect (at start, before the first picture and the commands; after each change;
     * after a settings reset).
     */
    public void apply(Settings now) {
        labeller.setSingleClass(now.singleClassMode());
        labeller.setDefaultLabel(now.defaultLabelEnabled() ? now.defaultLabel() : null);
        canvas.aids().setDrawSquares(now.drawSquares());
        canvas.aids().setCrosshair(now.drawingAids().crosshair());
        canvas.aids().setLoupe(now.drawingAids().loupe());
        canvas.setStyle(new BoxPainter.Style(now.boxLineWidth(), BoxPainter.Style.DEFAULT.handleSizePx(),
                now.displayLabels()));
    }

    /**
     * Space: toggles "verified" and saves, as labelImg does. YOLO files cannot hold the mark: the review marks
     * beside them do (docs/adr/0123-review-marks-beside-the-annotations.md).
     */
    private void verify() {
        boolean verified = !document.current().verified();
        document.setVerified(verified, Messages.get("edit.verifyImage"));
        session.save();
    }
}
