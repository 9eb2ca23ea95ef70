package dev.labelj.ui.tools;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.FolderRun;
import dev.labelj.assist.PredictOptions;
import dev.labelj.dataset.ConvertProgress;
import dev.labelj.dataset.PredictTally;
import dev.labelj.dataset.PredictWriter;
import dev.labelj.io.AnnotationStore;
import dev.labelj.ui.support.Messages;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * Tools → Auto Label → Predict Folder…: the model over the folder's images in the background, behind a progress
 * bar with Cancel, while the window stays usable. Written as {@code labelj predict} writes (boxes as proposals,
 * nothing moved or replaced, a file changed since it was read left alone); the image open in the window is
 * left out, so the run never writes under unsaved boxes.
 */
public final class FolderPrediction {
    /**
     * What the user chose: all images or only those without an annotation, the confidence floor, and the classes
     * to predict (dataset class names the model's classes map to).
     */
    public record Choice(boolean all, double confidence, Set<String> classes) {
        public Choice {
            classes = Set.copyOf(classes);
        }
    }

    private FolderPrediction() {
    }

    /** Asks which images, how confident and which of {@code classes}; empty when cancelled. */
    public static Optional<Choice> ask(JFrame owner, double confidence, List<String> classes) {
        JRadioButton unlabelled = new JRadioButton(Messages.get("assist.folder.unlabelled"), true);
        unlabelled.setName("predictUnlabelled");
        JRadioButton all = new JRadioButton(Messages.get("assist.folder.all"));
        all.setName("predictAll");
        ButtonGroup group = new ButtonGroup();
        group.add(unlabelled);
        group.add(all);
        JSpinner floor = new JSpinner(new SpinnerNumberModel(confidence, 0.01, 1.0, 0.05));
        floor.setName("predictConfidence");
        JPanel confidenceRow = new JPanel(new GridLayout(1, 2, 8, 0));
        confidenceRow.add(new JLabel(Messages.get("assist.folder.confidence")));
        confidenceRow.add(floor);
        JPanel panel = new JPanel(new GridLayout(0, 1, 0, 6));
        panel.add(unlabelled);
        panel.add(all);
        panel.add(confidenceRow);
        panel.add(new JLabel(Messages.get("assist.folder.classes")));
        List<JCheckBox> boxes = new ArrayList<>();
        for (String name : classes) {
            JCheckBox use = new JCheckBox(name, true);
            use.setName("predictClass." + name);
            boxes.add(use);
            panel.add(use);
        }
        int answer = JOptionPane.showConfirmDialog(owner, new JScrollPane(panel), Messages.get("assist.folder.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        Set<String> chosen = new LinkedHashSet<>();
        boxes.stream().filter(JCheckBox::isSelected).forEach(box -> chosen.add(box.getText()));
        return answer == JOptionPane.OK_OPTION && !chosen.isEmpty()
                ? Optional.of(new Choice(all.isSelected(), ((Number) floor.getValue()).doubleValue(), chosen))
                : Optional.empty();
    }

    /**
     * Runs the model over {@code images} and writes through {@code store}; on the EDT, {@code ended} runs when
     * the run stops however it stops, then {@code done} gets the summary, also after a Cancel (which stops after
     * the image in hand: what was written is whole).
     */
    public static void start(JFrame owner, AnnotationStore store, List<Path> images, Detector detector,
            ClassMapping mapping, PredictOptions options, Choice choice, Runnable ended, Consumer<String> done) {
        String model = detector.info().file().getFileName().toString();
        PredictOptions chosen = options.withConfidence(choice.confidence());
        ClassMapping used = mapping.onlyClasses(id -> mapping.target(id).filter(choice.classes()::contains).isPresent());
        FolderRun run = new FolderRun(detector, chosen, used);
        BackgroundRun.startBeside(owner, Messages.get("assist.folder.running", images.size(), model),
                (progress, stop) -> summary(run, images, store, choice.all(), progress, stop), ended, done);
    }

    private static String summary(FolderRun run, List<Path> images, AnnotationStore store, boolean all,
            ConvertProgress progress, BooleanSupplier stop) {
        PredictTally tally = new PredictTally();
        FolderRun.Outcome outcome = run.run(images, new PredictWriter(store, all, false, tally), progress::imageDone,
                stop);
        return Messages.get("assist.folder.done", outcome.done(), outcome.total(), tally.written(),
                tally.annotatedSkipped(), tally.withoutBoxes(), tally.failures().size(),
                outcome.cancelled() ? Messages.get("assist.folder.cancelled") : "", tally.unchanged())
                + (tally.failures().isEmpty() ? "" : "\n" + String.join("\n", tally.failures().stream()
                .limit(10).toList()));
    }
}
