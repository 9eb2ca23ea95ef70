package dev.labelj.ui.panels;

import dev.labelj.io.AnnotationState;
import dev.labelj.model.AnnotationStatus;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Words;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.JTextField;
import javax.swing.ToolTipManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The images of the open folder, by path relative to it; choosing one opens it. The rows are known from the
 * scan on; the list, its filter and its title are made by {@link #build()}, once the first picture is on the
 * screen (their first instances cost about 50 ms cold, docs/adr/0176).
 */
public final class FileListPanel extends JPanel implements BrowseListener {
    private static final String CLEAR_BUTTON = "JTextField.showClearButton";
    private final RelativePathListModel model = new RelativePathListModel();
    private final IntConsumer onChoose;
    private final StatusColumn statuses = new StatusColumn(this::repaintRows, model);
    /** Null until {@link #build()}. */
    private JList<String> list;
    private JTextField filter;
    private boolean updating;
    private int shown = -1;

    public FileListPanel(IntConsumer onChoose) {
        super(new BorderLayout());
        this.onChoose = onChoose;
        setPreferredSize(new Dimension(240, 400));
    }

    /** Makes the list, the filter and the title, showing the rows and the image already known. Once; EDT. */
    public void build() {
        if (list != null) {
            return;
        }
        JLabel title = Words.keyed(new JLabel(), "panel.files");
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        list = new JList<>(model);
        list.setName("fileList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        // one fixed row size: otherwise Swing measures every one of 100,000 names before painting
        list.setPrototypeCellValue("W".repeat(48));
        list.setCellRenderer(statuses.renderer());
        FileListKeys.apply(list);
        ToolTipManager.sharedInstance().registerComponent(list);
        list.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting() && list.getSelectedIndex() >= 0) {
                onChoose.accept(model.imageIndexAt(list.getSelectedIndex()));
            }
        });
        filter = new JTextField();
        filter.setName("fileFilter");
        Words.placeholder(filter, "panel.files.filter");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                filterChanged();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                filterChanged();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                filterChanged();
            }
        });
        JPanel top = new JPanel(new BorderLayout());
        top.add(title, BorderLayout.NORTH);
        top.add(filter, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        // laid out in the place the panel already has, so the shown image's row can be scrolled to now
        validate();
        select(shown);
    }

    private void repaintRows() {
        if (list != null) {
            list.repaint();
        }
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        updating = true;
        try {
            model.set(root.toAbsolutePath().normalize(), images);
            statuses.forgetAll();
        } finally {
            updating = false;
        }
    }

    @Override
    public void closed() {
        updating = true;
        try {
            model.clear();
            statuses.forgetAll();
            shown = -1;
            if (list != null) {
                list.clearSelection();
            }
        } finally {
            updating = false;
        }
    }

    /** How each row's annotation status is found: (image root, image) → status; runs off the EDT. */
    public void setStatusLookup(java.util.function.BiFunction<Path, Path, AnnotationState> lookup) {
        statuses.setLookup(lookup);
    }

    /** The status shown for image {@code index} (a folder index), if it is known yet. */
    public java.util.Optional<AnnotationStatus> shownStatus(int index) {
        return statuses.known(index);
    }

    /** Looks image {@code index} up again, e.g. after its annotation was written. */
    public void refreshStatus(int index) {
        statuses.forget(index);
    }

    @Override
    public void loading(int index, Path image) {
        select(index);
    }

    @Override
    public void stayed(int index) {
        select(index);
    }

    @Override
    public void saved(int index, Path file) {
        refreshStatus(index);
    }

    @Override
    public void placeChanged() {
        statuses.forgetAll();
    }

    /** Marks image {@code index} (a folder index) as the one shown, if the filter lets it be seen. */
    public void select(int index) {
        shown = index;
        if (list == null) {
            return;
        }
        updating = true;
        try {
            int row = model.rowOf(index);
            if (row < 0) {
                list.clearSelection();
            } else {
                list.setSelectedIndex(row);
                list.ensureIndexIsVisible(row);
            }
        } finally {
            updating = false;
        }
    }

    private void filterChanged() {
        // FlatLaf shows the clear button only over text; made on the first text, it costs the start nothing (30 ms)
        filter.putClientProperty(CLEAR_BUTTON, Boolean.TRUE);
        updating = true;
        try {
            model.setFilter(filter.getText());
            statuses.repaintAll();
        } finally {
            updating = false;
        }
        select(shown);
    }
}
