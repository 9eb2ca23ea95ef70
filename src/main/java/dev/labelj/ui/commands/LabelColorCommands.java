package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.LabelPalette;
import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JColorChooser;

/**
 * Edit ▸ Label Colour… (also on the box menus): the selected box's label gets a colour the user picks, remembered
 * in the settings for every image and session; Default Label Colour gives it back its class's colour (or the one
 * derived from its name). Canvas and box list repaint with it at once.
 */
public final class LabelColorCommands {
    private final Component window;
    private final SettingsStore store;
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final BoxCanvas canvas;
    private final Component boxList;
    private final Supplier<List<String>> classNames;

    /** {@code classNames} is the session's class list, whose order gives each class its colour. */
    public LabelColorCommands(Component window, SettingsStore store, AnnotationDocument document, BoxSelection selection,
            BoxCanvas canvas, Component boxList, Supplier<List<String>> classNames) {
        this.window = window;
        this.classNames = classNames;
        this.store = store;
        this.document = document;
        this.selection = selection;
        this.canvas = canvas;
        this.boxList = boxList;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.LABEL_COLOR, this::choose, () -> selectedLabel() != null);
        actions.define(ActionId.LABEL_COLOR_DEFAULT, () -> setColor(selectedLabel(), null), () -> {
            String label = selectedLabel();
            return label != null && canvas.palette().isChosen(label);
        });
    }

    /** The label of the first selected box, or null. */
    private String selectedLabel() {
        if (!document.hasImage() || selection.isEmpty()) {
            return null;
        }
        List<Box> boxes = document.current().boxes();
        int index = selection.indices().get(0);
        return index < boxes.size() ? boxes.get(index).label() : null;
    }

    private void choose() {
        String label = selectedLabel();
        if (label == null) {
            return;
        }
        Color picked = JColorChooser.showDialog(window, Messages.get("labelColor.title", label),
                canvas.palette().of(label));
        if (picked != null) {
            setColor(label, LabelPalette.hex(picked));
        }
    }

    private void setColor(String label, String hex) {
        if (label != null) {
            store.updateSettings(s -> s.withLabelColor(label, hex));
            apply();
        }
    }

    /** Puts the remembered colours into effect (at start, after each choice, when the class list grows). */
    public void apply() {
        canvas.setPalette(LabelPalette.of(store.settings().labelColors(), classNames.get()));
        boxList.repaint();
    }
}
