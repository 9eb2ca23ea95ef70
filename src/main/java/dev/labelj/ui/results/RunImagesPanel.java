package dev.labelj.ui.results;

import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.canvas.ImageView;
import dev.labelj.ui.support.Tasks;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
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
    private final ExecutorService decoder = Tasks.worker("results-images");
    private final List<Path> files = new ArrayList<>();
    private final Decoder decode;

    /** How a listed file becomes a picture (the real loader, or a test's). */
    interface Decoder {
        BufferedImage decode(Path file) throws ImageLoadException;
    }

    RunImagesPanel() {
        this(file -> ImageLoader.load(file).image());
    }

    RunImagesPanel(Decoder decode) {
        super(new BorderLayout());
        this.decode = decode;
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
        view.showMessage(Messages.get("results.noImages")); // until a run with plots is opened
    }

    /** The images were listed when each run was read: nothing here touches the disk. */
    void show(List<LoadedRun> runs) {
        List<Path> found = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (LoadedRun loaded : runs) {
            TrainingRun run = loaded.run();
            for (Path image : loaded.images()) {
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
                BufferedImage image = decode.decode(file);
                SwingUtilities.invokeLater(() -> view.showImage(image));
            } catch (ImageLoadException e) {
                SwingUtilities.invokeLater(() -> view.showMessage(e.getMessage()));
            } catch (RuntimeException e) {
                // Anything else would leave the view busy for good: say what went wrong instead.
                String text = Messages.get("image.error.unexpected", file, e.getMessage() != null ? e.getMessage() : e);
                SwingUtilities.invokeLater(() -> view.showMessage(text));
            }
        });
    }

    void dispose() {
        decoder.shutdownNow();
    }
}
