package dev.labelj.ui.panels;

import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Which class each number key gives ("1 dog  2 person …"), and, while a number key has armed a class for
 * the next box drawn, which one: a number pressed with no box selected must not look like it did nothing.
 */
public final class ClassKeysBar extends JPanel {
    /** The text wraps inside this width (the side panel's), in points. */
    private static final int WRAP_WIDTH = 190;
    private static final int KEYS = 9;
    private final JLabel keys = new JLabel();
    private List<String> shownNames = List.of();
    private Optional<String> shownArmed = Optional.empty();

    public ClassKeysBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(0, 6, 2, 6));
        keys.setName("classKeys");
        add(keys, BorderLayout.CENTER);
        show(List.of(), Optional.empty());
    }

    /** The classes in list order (the first nine have keys) and the class armed for the next box, if any. */
    public void show(List<String> classes, Optional<String> armed) {
        shownNames = List.copyOf(classes.subList(0, Math.min(KEYS, classes.size())));
        shownArmed = armed;
        keys.setText(shownNames.isEmpty() && armed.isEmpty() ? "" : html(shownNames, armed));
        keys.setToolTipText(Messages.get("classKeys.tip"));
    }

    /** After a language switch. */
    public void relabel() {
        show(shownNames, shownArmed);
    }

    /** What the bar says now, without markup (tests, and the accessible name). */
    public String plainText() {
        return keys.getText().replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    private static String html(List<String> names, Optional<String> armed) {
        StringBuilder text = new StringBuilder("<html><body style='width:" + WRAP_WIDTH + "px'>");
        for (int i = 0; i < names.size(); i++) {
            String name = escape(names.get(i));
            boolean chosen = armed.isPresent() && armed.get().equals(names.get(i));
            text.append(chosen ? "<b><u>" : "").append(i + 1).append("&nbsp;").append(name)
                    .append(chosen ? "</u></b>" : "").append(" &nbsp; ");
        }
        armed.ifPresent(label -> text.append("<br><b>")
                .append(escape(Messages.get("classKeys.armed", label))).append("</b>"));
        return text.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(" ", "&nbsp;");
    }
}
