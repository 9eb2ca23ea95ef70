package dev.labelj.ui.commands;

import dev.labelj.model.ClassList;
import dev.labelj.ui.panels.LabelDialog;
import java.awt.Component;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for a box's label with the label dialog, offering the session's classes: the dataset's class list
 * (classes.txt, then the predefined classes), then every label used since. The previous answer is preselected,
 * so Enter repeats it. A new label joins the list at once; it reaches classes.txt only when a YOLO save writes it.
 */
public final class Labeller {
    private final Component parent;
    private ClassList classes = ClassList.EMPTY;
    private String last;
    private boolean singleClass;
    private String defaultLabel;
    private String nextLabel;
    private final List<Runnable> changed = new ArrayList<>();

    public Labeller(Component parent) {
        this.parent = parent;
    }

    /** Who hears the class list or the class armed for the next box change (the class-keys bar, the colours). */
    public void onChange(Runnable listener) {
        changed.add(listener);
    }

    /** The dataset's classes, read off the EDT when a folder opens; labels added since are kept. */
    public void setDatasetClasses(ClassList known) {
        ClassList merged = known;
        for (String name : classes.names()) {
            merged = merged.plus(name);
        }
        setClasses(merged);
    }

    /** Labels found in an opened annotation join the list, so completion offers them. */
    public void learn(Iterable<String> labels) {
        ClassList more = classes;
        for (String label : labels) {
            more = more.plus(label);
        }
        setClasses(more);
    }

    private void setClasses(ClassList now) {
        boolean differs = !now.names().equals(classes.names());
        classes = now;
        if (differs) {
            changed.forEach(Runnable::run);
        }
    }

    public ClassList classes() {
        return classes;
    }

    /** labelImg's Single Class Mode: once a label was given, new boxes take it without asking. */
    public void setSingleClass(boolean on) {
        singleClass = on;
    }

    /** "Use default label": new boxes take {@code label} without asking; null turns it off. */
    public void setDefaultLabel(String label) {
        defaultLabel = label == null || label.isBlank() ? null : label.strip();
    }

    /** A number key pressed with no box selected: the next box drawn takes this label; null forgets it. */
    public void setNextLabel(String label) {
        if (!Objects.equals(label, nextLabel)) {
            nextLabel = label;
            changed.forEach(Runnable::run);
        }
    }

    /** The class a number key armed for the next box drawn, if any. */
    public Optional<String> nextLabel() {
        return Optional.ofNullable(nextLabel);
    }

    /** The label a new box gets without a dialog, if a mode gives one; the number key's choice is used up. */
    public Optional<String> labelForNewBox() {
        String label = nextLabel != null ? nextLabel : defaultLabel != null ? defaultLabel
                : singleClass ? last : null;
        setNextLabel(null);
        if (label != null) {
            last = label;
            setClasses(classes.plus(label));
        }
        return Optional.ofNullable(label);
    }

    /** Asks with {@code current} (else the previous answer) preselected; empty when cancelled. */
    public Optional<String> ask(String current) {
        Optional<String> answer = LabelDialog.ask(parent, classes.names(), current != null ? current : last,
                pointer());
        answer.ifPresent(label -> {
            last = label;
            setClasses(classes.plus(label));
        });
        return answer;
    }

    private static Point pointer() {
        PointerInfo info = MouseInfo.getPointerInfo();
        return info == null ? null : info.getLocation();
    }
}
