package dev.labelj.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One change of class names across a dataset: a rename of one class, or a merge of several into one. The
 * target may be one of the merged classes (it then simply keeps its boxes).
 *
 * @param from the classes whose boxes change, never containing {@code to}
 */
public record ClassEdit(Kind kind, List<String> from, String to) {
    /** A rename gives a class a name no class has yet; a merge may name an existing class. */
    public enum Kind { RENAME, MERGE }

    public ClassEdit {
        checkName(to);
        from.forEach(ClassEdit::checkName);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(from));
        distinct.remove(to);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("nothing to change: the class is already called '" + to + "'");
        }
        from = List.copyOf(distinct);
    }

    public static ClassEdit rename(String oldName, String newName) {
        return new ClassEdit(Kind.RENAME, List.of(oldName), newName);
    }

    public static ClassEdit merge(List<String> sources, String into) {
        return new ClassEdit(Kind.MERGE, sources, into);
    }

    /** Whether a box with this label changes. */
    public boolean touches(String label) {
        return from.contains(label);
    }

    public String renamed(String label) {
        return touches(label) ? to : label;
    }

    /** For messages and the backup's record: {@code rename 'a' -> 'b'}, {@code merge 'a', 'b' -> 'c'}. */
    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + String.join("', '", from) + "' -> '" + to + "'";
    }

    private static void checkName(String name) {
        // a class name is one line of classes.txt and labelImg strips names: anything else would not read back
        if (name == null || name.isBlank() || !name.equals(name.strip()) || name.indexOf('\n') >= 0
                || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("not a class name: '" + name + "' (one line, no leading or"
                    + " trailing spaces)");
        }
    }
}
