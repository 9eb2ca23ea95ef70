package dev.labelj.ui.actions;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.UIManager;

/**
 * Which command has which icon: {@code icons/<name>.svg} beside the resource bundle, drawn on a 16×16 grid
 * in four placeholder colours that are painted in the installed look's own icon colours. The colours are
 * looked up at every paint, so a live theme switch repaints the icons in the new colours
 * (docs/adr/0096-icons-drawn-in-placeholder-colours.md).
 */
public final class ActionIcons {
    /** The size in menus. */
    public static final int MENU_SIZE = 16;
    /** The size in toolbars, with the word under it. */
    public static final int TOOLBAR_SIZE = 20;

    private static final String FOLDER = "dev/labelj/ui/icons/";
    private static final Map<ActionId, String> NAMES = new EnumMap<>(ActionId.class);
    /** Drawing colour in the files → the look's colour, by UIManager key. */
    private static final Map<Color, String> PALETTE = Map.of(
            new Color(0x000000), "Actions.Grey",
            new Color(0x0000FF), "Actions.Blue",
            new Color(0x00FF00), "Actions.Green",
            new Color(0xFF0000), "Actions.Red");
    private static final FlatSVGIcon.ColorFilter THEME_COLOURS = new FlatSVGIcon.ColorFilter(ActionIcons::themed);

    static {
        NAMES.put(ActionId.OPEN_FILE, "openFile");
        NAMES.put(ActionId.OPEN_DIR, "openDir");
        NAMES.put(ActionId.CHANGE_SAVE_DIR, "changeSaveDir");
        NAMES.put(ActionId.SAVE, "save");
        NAMES.put(ActionId.PREVIOUS_IMAGE, "previousImage");
        NAMES.put(ActionId.NEXT_IMAGE, "nextImage");
        NAMES.put(ActionId.CREATE_BOX, "createBox");
        NAMES.put(ActionId.DUPLICATE_BOX, "duplicateBox");
        NAMES.put(ActionId.DELETE_BOX, "deleteBox");
        NAMES.put(ActionId.UNDO, "undo");
        NAMES.put(ActionId.REDO, "redo");
        NAMES.put(ActionId.ZOOM_IN, "zoomIn");
        NAMES.put(ActionId.ZOOM_OUT, "zoomOut");
        NAMES.put(ActionId.FIT_WINDOW, "fitWindow");
        NAMES.put(ActionId.FIT_WIDTH, "fitWidth");
        NAMES.put(ActionId.VERIFY_IMAGE, "verifyImage");
        NAMES.put(ActionId.DELETE_IMAGE, "deleteImage");
        NAMES.put(ActionId.TRAINING_RESULTS, "trainingResults");
        NAMES.put(ActionId.RESULTS_OPEN, "openRun");
        NAMES.put(ActionId.RESULTS_ADD, "addRun");
        NAMES.put(ActionId.RESULTS_EXPORT, "exportGrid");
    }

    private ActionIcons() {
    }

    /** The commands that have an icon. */
    public static Map<ActionId, String> names() {
        return Map.copyOf(NAMES);
    }

    /** The icon of {@code id} at {@code size}×{@code size} pixels (before screen scaling), if it has one. */
    public static Optional<FlatSVGIcon> icon(ActionId id, int size) {
        String name = NAMES.get(id);
        if (name == null) {
            return Optional.empty();
        }
        FlatSVGIcon icon = new FlatSVGIcon(FOLDER + name + ".svg", size, size, ActionIcons.class.getClassLoader());
        icon.setColorFilter(THEME_COLOURS);
        return Optional.of(icon);
    }

    /** A placeholder colour painted in the installed look's colour; any other colour as drawn. */
    private static Color themed(Color drawn) {
        String key = PALETTE.get(new Color(drawn.getRGB() & 0xFFFFFF));
        Color look = key == null ? null : UIManager.getColor(key);
        if (look == null) {
            return drawn;
        }
        return new Color(look.getRed(), look.getGreen(), look.getBlue(), drawn.getAlpha());
    }
}
