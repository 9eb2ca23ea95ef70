package dev.labelj.ui.panels;

import dev.labelj.io.AnnotationState;
import dev.labelj.model.AnnotationStatus;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
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
import javax.swing.ToolTipManager;

/** The images of the open folder, by path relative to it; choosing one opens it. */
public final class FileListPanel extends JPanel implements BrowseListener {
    private final RelativePathListModel model = new RelativePathListModel();
    private final JList<String> list = new JList<>(model);
    private final StatusColumn statuses = new StatusColumn(list, model);
    private boolean updating;

    public FileListPanel(IntConsumer onChoose) {
        super(new BorderLayout());
        JLabel title = new JLabel(Messages.get("panel.files"));
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        list.setName("fileList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        // one fixed row size: otherwise Swing measures every one of 100,000 names before painting
        list.setPrototypeCellValue("W".repeat(48));
        list.setCellRenderer(statuses.renderer());
        FileListKeys.apply(list);
        ToolTipManager.sharedInstance().registerComponent(list);
        list.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting() && list.getSelectedIndex() >= 0) {
                onChoose.accept(list.getSelectedIndex());
            }
        });
        add(title, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        setPreferredSize(new Dimension(240, 400));
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

    /** How each row's annotation status is found: (image root, image) → status; runs off the EDT. */
    public void setStatusLookup(java.util.function.BiFunction<Path, Path, AnnotationState> lookup) {
        statuses.setLookup(lookup);
    }

    /** The status shown for a row, if it is known yet. */
    public java.util.Optional<AnnotationStatus> shownStatus(int index) {
        return statuses.known(index);
    }

    /** Looks a row's status up again, e.g. after its annotation was written. */
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

    public void select(int index) {
        updating = true;
        try {
            list.setSelectedIndex(index);
            list.ensureIndexIsVisible(index);
        } finally {
            updating = false;
        }
    }
}
