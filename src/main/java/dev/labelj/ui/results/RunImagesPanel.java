package dev.labelj.ui.results;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.results.RunFiles;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.canvas.ImageView;
import dev.labelj.ui.support.Background;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;

/** The plots a training wrote beside its results (confusion matrix, PR/F1 curves…), decoded off the EDT. */
final class RunImagesPanel extends JPanel {
    private final DefaultListModel<String> names = new DefaultListModel<>();
    private final JList<String> list = new JList<>(names);
    private final ImageView view = new ImageView();
    private final ExecutorService decoder = Background.singleThread("results-images");
    private final List<Path> files = new ArrayList<>();

    RunImagesPanel() {
        super(new BorderLayout());
        list.setName("runImageList");
        view.setName("runImageView");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), view);
        split.setDividerLocation(220);
        add(split, BorderLayout.CENTER);
    }

    void show(List<TrainingRun> runs) {
        List<Path> found = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (TrainingRun run : runs) {
            for (Path image : RunFiles.imagesBeside(run.file())) {
                found.add(image);
                labels.add(runs.size() > 1 ? run.name() + " / " + image.getFileName() : image.getFileName().toString());
            }
        }
        if (found.equals(files)) {
            return;
        }
        files.clear();
        files.addAll(found);
        names.clear();
        labels.forEach(names::addElement);
        if (files.isEmpty()) {
            view.showMessage(Messages.get("results.noImages"));
        } else {
            list.setSelectedIndex(0);
        }
    }

    int imageCount() {
        return files.size();
    }

    private void showSelected() {
        int index = list.getSelectedIndex();
        if (index < 0) {
            return;
        }
        Path file = files.get(index);
        view.setBusy(true);
        decoder.execute(() -> {
            try {
                DecodedImage image = ImageLoader.load(file);
                SwingUtilities.invokeLater(() -> view.showImage(image.image()));
            } catch (ImageLoadException e) {
                SwingUtilities.invokeLater(() -> view.showMessage(e.getMessage()));
            }
        });
    }

    void dispose() {
        decoder.shutdownNow();
    }
}
