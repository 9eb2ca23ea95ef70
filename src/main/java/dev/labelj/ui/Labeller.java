package dev.labelj.ui;

import dev.labelj.model.ClassList;
import dev.labelj.ui.panels.LabelDialog;
import java.awt.Component;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.util.Optional;

/**
 * Asks for a box's label with the label dialog, offering the session's classes: the dataset's class list
 * (classes.txt, then the predefined classes), then every label used since. The previous answer is preselected,
 * so Enter repeats it. A new label joins the list at once; it reaches classes.txt only when a YOLO save writes it.
 */
final class Labeller {
    private final Component parent;
    private ClassList classes = ClassList.EMPTY;
    private String last;

    Labeller(Component parent) {
        this.parent = parent;
    }

    /** The dataset's classes, read off the EDT when a folder opens; labels added since are kept. */
    void setDatasetClasses(ClassList known) {
        ClassList merged = known;
        for (String name : classes.names()) {
            merged = merged.plus(name);
        }
        classes = merged;
    }

    /** Labels found in an opened annotation join the list, so completion offers them. */
    void learn(Iterable<String> labels) {
        for (String label : labels) {
            classes = classes.plus(label);
        }
    }

    ClassList classes() {
        return classes;
    }

    /** Asks with {@code current} (else the previous answer) preselected; empty when cancelled. */
    Optional<String> ask(String current) {
        Optional<String> answer = LabelDialog.ask(parent, classes.names(), current != null ? current : last,
                pointer());
        answer.ifPresent(label -> {
            last = label;
            classes = classes.plus(label);
        });
        return answer;
    }

    private static Point pointer() {
        PointerInfo info = MouseInfo.getPointerInfo();
        return info == null ? null : info.getLocation();
    }
}
