package dev.labelj.ui.panels;

import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.text.AbstractDocument;

/**
 * The inside of the label dialog, without the window: a text field that completes over the known labels,
 * the list of those labels filtered by what was typed, and a quiet line for "a label is needed".
 * Built and driven without a display, so its logic is tested headless.
 */
final class LabelChooser extends JPanel {
    private final List<String> classes;
    private final JTextField field = new JTextField(22);
    private final DefaultListModel<String> shown = new DefaultListModel<>();
    private final JList<String> list = new JList<>(shown);
    private final JLabel message = new JLabel(" ");
    private Consumer<String> onAccept = label -> { };
    private Runnable onCancel = () -> { };
    /** True while the code itself changes the field or the list, so neither reacts to the other. */
    private boolean programmatic;

    LabelChooser(List<String> classes, String preselected) {
        super(new BorderLayout(0, 4));
        this.classes = List.copyOf(new LinkedHashSet<>(classes));
        field.setName("labelField");
        list.setName("labelList");
        message.setName("labelMessage");
        message.setForeground(UIManager.getColor("Label.disabledForeground"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(8);
        ((AbstractDocument) field.getDocument()).setDocumentFilter(new CompletingFilter(this));
        showMatches("");
        setText(preselected == null ? "" : preselected.strip());
        field.selectAll();
        layOut();
        wireField();
        wireList();
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
        getActionMap().put("cancel", action(() -> onCancel.run()));
    }

    private void layOut() {
        JPanel top = new JPanel(new BorderLayout(0, 2));
        top.add(field, BorderLayout.NORTH);
        top.add(message, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        if (!classes.isEmpty()) {
            // like labelImg: with no known labels there is no list to show
            add(new JScrollPane(list), BorderLayout.CENTER);
        }
        setBorder(BorderFactory.createEmptyBorder(8, 8, 4, 8));
    }

    void onAccept(Consumer<String> listener) {
        onAccept = listener;
    }

    void onCancel(Runnable listener) {
        onCancel = listener;
    }

    /** Hands the stripped text on, or says quietly that a label is needed and keeps the dialog open. */
    void accept() {
        String label = field.getText().strip();
        if (label.isEmpty()) {
            message.setText(Messages.get("labelDialog.blank"));
            field.requestFocusInWindow();
            return;
        }
        onAccept.accept(label);
    }

    JTextField field() {
        return field;
    }

    JList<String> labelList() {
        return list;
    }

    JLabel message() {
        return message;
    }

    List<String> classes() {
        return classes;
    }

    boolean isProgrammatic() {
        return programmatic;
    }

    /** The list now shows the labels matching {@code query}; the one equal to the field is selected. */
    void showMatches(String query) {
        boolean was = programmatic;
        programmatic = true;
        try {
            shown.clear();
            LabelMatches.filter(classes, query).forEach(shown::addElement);
            list.setSelectedValue(field.getText(), true);
            if (list.getSelectedIndex() < 0) {
                list.clearSelection();
            }
        } finally {
            programmatic = was;
        }
    }

    private void setText(String text) {
        boolean was = programmatic;
        programmatic = true;
        try {
            field.setText(text);
            list.setSelectedValue(text, true);
        } finally {
            programmatic = was;
        }
    }

    private void wireField() {
        field.addActionListener(e -> accept());
        field.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "intoList");
        field.getActionMap().put("intoList", action(() -> list.requestFocusInWindow()));
    }

    private void wireList() {
        list.addListSelectionListener(e -> {
            if (!programmatic && list.getSelectedValue() != null) {
                setText(list.getSelectedValue());
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = list.locationToIndex(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0 && list.getCellBounds(row, row).contains(e.getPoint())) {
                    setText(shown.get(row));
                    accept();
                }
            }
        });
        list.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                // Down or Tab from the field lands on a row, never on an empty selection
                if (list.getSelectedIndex() < 0 && !shown.isEmpty() && e.getCause() != FocusEvent.Cause.MOUSE_EVENT) {
                    list.setSelectedIndex(0);
                }
            }
        });
        list.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "accept");
        list.getActionMap().put("accept", action(this::accept));
    }

    private static AbstractAction action(Runnable body) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.run();
            }
        };
    }

    /** The user changed the field: the quiet message goes, and the list follows what is typed. */
    void userEdited(String typed) {
        message.setText(" ");
        showMatches(typed);
    }
}
