package dev.labelj.ui.tools;

import dev.labelj.dataset.ConvertProgress;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/**
 * Runs a dataset job off the EDT behind a small progress dialog with a Cancel button. Cancel interrupts the
 * job and drops its result, so the window never shows half a dataset's numbers.
 */
final class BackgroundRun<T> extends SwingWorker<T, Void> {
    /** A job that may report images done; the report is also where a cancel stops it, between files. */
    @FunctionalInterface
    interface Job<T> {
        T run(ConvertProgress progress) throws Exception;
    }

    /**
     * A job that writes as it goes and runs while the user works on: Cancel asks it to stop after the file in
     * hand ({@code stop} turns true) and its result, which says how far it got, is still shown.
     */
    @FunctionalInterface
    interface StoppableJob<T> {
        T run(ConvertProgress progress, BooleanSupplier stop) throws Exception;
    }

    /** The window manager's share of a title bar: its buttons and margins. */
    private static final int TITLE_BAR_EXTRA = 160;
    private final StoppableJob<T> job;
    private final boolean stoppable;
    private final AtomicBoolean stopAsked = new AtomicBoolean();
    private final Consumer<T> done;
    private final Runnable ended;
    private final JFrame owner;
    private final JDialog dialog;

    private BackgroundRun(JFrame owner, String title, StoppableJob<T> job, boolean stoppable, Runnable ended,
            Consumer<T> done) {
        this.owner = owner;
        this.job = job;
        this.stoppable = stoppable;
        this.ended = ended;
        this.done = done;
        this.dialog = progressDialog(owner, title);
    }

    static <T> void start(JFrame owner, String title, Job<T> job, Consumer<T> done) {
        start(owner, title, job, () -> { }, done);
    }

    /**
     * As {@link #start(JFrame, String, Job, Consumer)}; {@code ended} runs on the EDT once the job has really
     * stopped, even after a Cancel (which closes the dialog at once while the job finishes its file).
     */
    static <T> void start(JFrame owner, String title, Job<T> job, Runnable ended, Consumer<T> done) {
        BackgroundRun<T> run = new BackgroundRun<>(owner, title, (progress, stop) -> job.run(progress), false,
                ended, done);
        run.execute();
        run.dialog.setVisible(true);
    }

    /**
     * A run the user keeps working beside: its progress sits in the owner's lower right corner and never takes
     * the keyboard (D, A and the rest still go to the window); Cancel stops it after the file in hand and
     * {@code done} still gets its result.
     */
    static <T> void startBeside(JFrame owner, String title, StoppableJob<T> job, Runnable ended, Consumer<T> done) {
        BackgroundRun<T> run = new BackgroundRun<>(owner, title, job, true, ended, done);
        run.dialog.setFocusableWindowState(false);
        run.dialog.setAutoRequestFocus(false);
        run.dialog.setLocation(owner.getX() + owner.getWidth() - run.dialog.getWidth() - 24,
                owner.getY() + owner.getHeight() - run.dialog.getHeight() - 48);
        run.execute();
        run.dialog.setVisible(true);
    }

    private JDialog progressDialog(JFrame parent, String title) {
        JDialog d = new JDialog(parent, title, false);
        d.setName("toolsProgress");
        JProgressBar bar = new JProgressBar();
        bar.setName("toolsProgressBar");
        bar.setIndeterminate(true);
        addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) {
                bar.setIndeterminate(false);
                bar.setValue((Integer) e.getNewValue());
            }
        });
        JButton cancel = new JButton(Messages.get("tools.cancel"));
        cancel.setName("toolsCancel");
        cancel.addActionListener(e -> {
            if (stoppable) {
                stopAsked.set(true);
                cancel.setEnabled(false);
                bar.setIndeterminate(true);
            } else {
                cancel(true);
                d.dispose();
            }
        });
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JLabel text = new JLabel(title);
        panel.add(text, BorderLayout.NORTH);
        panel.add(bar, BorderLayout.CENTER);
        panel.add(cancel, BorderLayout.EAST);
        d.setContentPane(panel);
        d.pack();
        // room for the title in the frame's bold title bar too, with its buttons, not only for the text inside
        int titleWidth = text.getFontMetrics(text.getFont().deriveFont(java.awt.Font.BOLD)).stringWidth(title);
        d.setSize(Math.max(d.getWidth(), titleWidth + TITLE_BAR_EXTRA), d.getHeight());
        d.setLocationRelativeTo(parent);
        return d;
    }

    @Override
    protected T doInBackground() throws Exception {
        try {
            return job.run((doneCount, total, image) -> {
                if (isCancelled()) {
                    throw new CancellationException("cancelled at " + image);
                }
                setProgress(total == 0 ? 0 : doneCount * 100 / total);
            }, stopAsked::get);
        } finally {
            SwingUtilities.invokeLater(ended);
        }
    }

    @Override
    protected void done() {
        dialog.dispose();
        if (isCancelled()) {
            return;
        }
        try {
            done.accept(get());
        } catch (CancellationException | InterruptedException e) {
            // cancelled: nothing to show
        } catch (ExecutionException e) {
            JOptionPane.showMessageDialog(owner, Messages.get("tools.failed", String.valueOf(e.getCause().getMessage())),
                    Messages.get("tools.failedTitle"), JOptionPane.ERROR_MESSAGE);
        }
    }
}
