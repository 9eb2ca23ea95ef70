package dev.labelj.ui.actions;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.KeyStroke;

/**
 * Every command of the main window, defined once: its bundle key ({@code action.<key>} and
 * {@code action.<key>.tip}) and its keys, as labelImg has them. "menu" means the platform's menu-shortcut
 * modifier (Ctrl, Cmd on macOS). Keys with no modifier never fire while the user types in a text field.
 */
public enum ActionId {
    OPEN_FILE("openFile", "menu O"),
    OPEN_DIR("openDir", "menu U"),
    CHANGE_SAVE_DIR("changeSaveDir", "menu R"),
    /** Not a command: where the File menu holds its Open Recent submenu. */
    OPEN_RECENT("openRecent"),
    SAVE("save", "menu S"),
    SAVE_FORMAT("saveFormat", "menu Y"),
    QUIT("quit", "menu Q"),
    NEXT_IMAGE("nextImage", "D"),
    PREVIOUS_IMAGE("previousImage", "A"),
    RESCAN("rescan", "F5"),
    CREATE_BOX("createBox", "W"),
    EDIT_LABEL("editLabel", "menu E"),
    DUPLICATE_BOX("duplicateBox", "menu D"),
    DELETE_BOX("deleteBox", "DELETE"),
    UNDO("undo", "menu Z"),
    REDO("redo", "menu shift Z"),
    HIDE_ALL("hideAll", "menu H"),
    SHOW_ALL("showAll", "menu A"),
    ZOOM_IN("zoomIn", "menu PLUS", "menu shift EQUALS", "menu ADD"),
    ZOOM_OUT("zoomOut", "menu MINUS", "menu SUBTRACT"),
    ZOOM_ORIGINAL("zoomOriginal", "menu EQUALS", "menu 0"),
    FIT_WINDOW("fitWindow", "menu F"),
    FIT_WIDTH("fitWidth", "menu shift F"),
    NUDGE_LEFT("nudgeLeft", "LEFT"),
    NUDGE_RIGHT("nudgeRight", "RIGHT"),
    NUDGE_UP("nudgeUp", "UP"),
    NUDGE_DOWN("nudgeDown", "DOWN"),
    NUDGE_LEFT_FAR("nudgeLeftFar", "shift LEFT"),
    NUDGE_RIGHT_FAR("nudgeRightFar", "shift RIGHT"),
    NUDGE_UP_FAR("nudgeUpFar", "shift UP"),
    NUDGE_DOWN_FAR("nudgeDownFar", "shift DOWN"),
    VERIFY_IMAGE("verifyImage", "SPACE"),
    COPY_PREVIOUS("copyPrevious", "menu V"),
    AUTO_SAVE("autoSave"),
    SINGLE_CLASS("singleClass"),
    DISPLAY_LABELS("displayLabels", "menu shift P"),
    DRAW_SQUARES("drawSquares", "menu shift R"),
    CROSSHAIR("crosshair"),
    LOUPE("loupe", "menu shift L"),
    DESELECT("deselect", "ESCAPE"),
    CLASS_1("class1", "1"),
    CLASS_2("class2", "2"),
    CLASS_3("class3", "3"),
    CLASS_4("class4", "4"),
    CLASS_5("class5", "5"),
    CLASS_6("class6", "6"),
    CLASS_7("class7", "7"),
    CLASS_8("class8", "8"),
    CLASS_9("class9", "9"),
    TRAINING_RESULTS("trainingResults"),
    RESET_SETTINGS("resetSettings"),
    ABOUT("about"),
    // looks and help: themes, languages, the shortcut table
    /** Not a command: where the View menu holds its Theme submenu. */
    THEME("theme"),
    THEME_LIGHT("themeLight"),
    THEME_DARK("themeDark"),
    THEME_SYSTEM("themeSystem"),
    /** Not a command: where the View menu holds its Language submenu. */
    LANGUAGE("language"),
    LANGUAGE_SYSTEM("languageSystem"),
    LANGUAGE_ENGLISH("languageEnglish"),
    LANGUAGE_CHINESE("languageChinese"),
    SHORTCUTS("shortcuts", "F1"),
    // file commands on the open image
    DELETE_IMAGE("deleteImage", "menu shift D"),
    UNDO_DELETE_IMAGE("undoDeleteImage"),
    SAVE_AS("saveAs", "menu shift S"),
    DATASET_STATS("datasetStats"),
    VALIDATE_DATASET("validateDataset"),
    EXPORT_DATASET("exportDataset"),
    EDIT_CLASSES("editClasses"),
    UNDO_CLASS_EDIT("undoClassEdit"),
    CLOSE("close", "menu W"),
    OPEN_ANNOTATION("openAnnotation", "menu shift O"),
    COPY_BOXES("copyBoxes", "menu C"),
    PASTE_BOXES("pasteBoxes", "menu shift V"),
    // the look of the image and its boxes, for viewing only
    BRIGHTER("brighter", "menu B"),
    DARKER("darker", "menu shift B"),
    MORE_CONTRAST("moreContrast", "menu K"),
    LESS_CONTRAST("lessContrast", "menu shift K"),
    RESET_ADJUSTMENT("resetAdjustment", "menu shift N"),
    /** Not a command: where the View menu holds its Line Width submenu. */
    LINE_WIDTH("lineWidth"),
    LINE_WIDTH_1("lineWidth1"),
    LINE_WIDTH_2("lineWidth2"),
    LINE_WIDTH_3("lineWidth3"),
    LINE_WIDTH_4("lineWidth4"),
    LINE_WIDTH_6("lineWidth6"),
    LINE_WIDTH_8("lineWidth8"),
    LABEL_COLOR("labelColor"),
    LABEL_COLOR_DEFAULT("labelColorDefault"),
    // model-assisted labelling: a model's boxes as proposals to review
    /** Not a command: where the Tools menu holds its Auto Label submenu. */
    AUTO_LABEL("autoLabel"),
    CHOOSE_MODEL("chooseModel"),
    PREDICT_IMAGE("predictImage", "P"),
    PREDICT_FOLDER("predictFolder"),
    ACCEPT_PROPOSALS("acceptProposals", "ENTER"),
    NEXT_PROPOSALS("nextProposals", "menu J"),
    // the model against the saved labels: a ranked list of disagreements, each fixed by one key
    COMPARE_WITH_MODEL("compareWithModel"),
    ACCEPT_MODEL_FIX("acceptModelFix"),
    // fitting a box to its object, and going from box to box
    TIGHTEN_BOX("tightenBox", "T"),
    NEXT_BOX("nextBox", "TAB"),
    PREVIOUS_BOX("previousBox", "shift TAB"),
    ZOOM_TO_BOX("zoomToBox", "Z"),
    // frames of a video: boxes carried from image to image
    /** Not a command: where the Tools menu holds its Frames submenu. */
    FRAMES("frames"),
    TRACK_NEXT("trackNext", "F"),
    TRACK_FORWARD("trackForward", "shift F"),
    INTERPOLATE("interpolate", "I"),
    RESULTS_OPEN(Scope.RESULTS, "openRun", "menu O"),
    RESULTS_ADD(Scope.RESULTS, "addRun", "menu shift O"),
    RESULTS_EXPORT(Scope.RESULTS, "exportGrid", "menu E"),
    RESULTS_CLOSE(Scope.RESULTS, "closeResults", "menu W");

    /** The window a command belongs to: keys are unique within a window. */
    public enum Scope { MAIN, RESULTS }

    private final Scope scope;
    private final String key;
    private final String[] keySpecs;

    ActionId(String key, String... keySpecs) {
        this(Scope.MAIN, key, keySpecs);
    }

    ActionId(Scope scope, String key, String... keySpecs) {
        this.scope = scope;
        this.key = key;
        this.keySpecs = keySpecs;
    }

    /** CLASS_1 … CLASS_9 in order: the number keys that give a box the N-th class. */
    public static ActionId classKey(int number) {
        return valueOf("CLASS_" + number);
    }

    /** LINE_WIDTH_1 … LINE_WIDTH_8: the Line Width choices, each with its width in pixels. */
    public static java.util.Map<ActionId, Integer> lineWidths() {
        java.util.Map<ActionId, Integer> widths = new java.util.LinkedHashMap<>();
        for (ActionId id : values()) {
            if (id.name().startsWith("LINE_WIDTH_")) {
                widths.put(id, Integer.valueOf(id.name().substring("LINE_WIDTH_".length())));
            }
        }
        return widths;
    }

    public Scope scope() {
        return scope;
    }

    /** The bundle key stem and the action command. */
    public String key() {
        return key;
    }

    /** The key shown in menus and tooltips, or null. */
    public KeyStroke keyStroke() {
        return keySpecs.length == 0 ? null : parse(keySpecs[0]);
    }

    /** Every key that runs this command (the first is the one shown). */
    public List<KeyStroke> keyStrokes() {
        List<KeyStroke> strokes = new ArrayList<>();
        for (String spec : keySpecs) {
            strokes.add(parse(spec));
        }
        return strokes;
    }

    /** A key without modifiers (W, A, D, Del, arrows): it must not fire while typing in a text field. */
    public boolean isPlainKey() {
        KeyStroke stroke = keyStroke();
        int commandModifiers = InputEvent.CTRL_DOWN_MASK | InputEvent.META_DOWN_MASK | InputEvent.ALT_DOWN_MASK
                | InputEvent.ALT_GRAPH_DOWN_MASK;
        return stroke != null && (stroke.getModifiers() & commandModifiers) == 0;
    }

    private static KeyStroke parse(String spec) {
        String awt = spec.replace("menu", menuModifier());
        KeyStroke stroke = KeyStroke.getKeyStroke(awt);
        if (stroke == null) {
            throw new IllegalStateException("not a key: " + spec);
        }
        return stroke;
    }

    private static String menuModifier() {
        if (GraphicsEnvironment.isHeadless()) {
            return "ctrl";
        }
        return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == InputEvent.META_DOWN_MASK ? "meta" : "ctrl";
    }

    /** The key as a user reads it, e.g. "Ctrl+Shift+Z", "D". */
    public static String describe(KeyStroke stroke) {
        String modifiers = InputEvent.getModifiersExText(stroke.getModifiers());
        String keyText = KeyEvent.getKeyText(stroke.getKeyCode());
        return modifiers.isEmpty() ? keyText : modifiers + "+" + keyText;
    }
}
