package dev.labelj.io;

import dev.labelj.model.ClassList;

/**
 * Settings a format may need beyond the file itself.
 *
 * @param fallbackClasses the predefined class list: YOLO's names when a label folder has no class file,
 *                        and the start of a new classes.txt
 */
public record FormatOptions(ClassList fallbackClasses) {
    public static final FormatOptions DEFAULT = new FormatOptions(ClassList.EMPTY);
}
