package dev.labelj.ui.panels;

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

/** The images of the open folder, by path relative to it; choosing one opens it. */
public final class FileListPanel extends JPanel {
    private final RelativePathListModel model = new RelativePathListModel();
    private final JList<String> list = new JList<>(model);
    private boolean updating;

    public FileListPanel(IntConsumer onChoose) {
        super(new BorderLayout());
        JLabel title = new JLabel(Messages.get("panel.files"));
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        list.setName("fileList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        // one fixed row size: otherwise Swing measures every one of 100,000 names before painting
        list.setPrototypeCellValue("W".repeat(48));
        list.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting() && list.getSelectedIndex() >= 0) {
                onChoose.accept(list.getSelectedIndex());
            }
        });
        add(title, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        setPreferredSize(new Dimension(240, 400));
    }

    public void setImages(Path root, List<Path> images) {
        updating = true;
        try {
            model.set(root.toAbsolutePath().normalize(), images);
        } finally {
            updating = false;
        }
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
