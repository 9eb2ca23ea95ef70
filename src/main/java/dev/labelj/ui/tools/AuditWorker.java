package dev.labelj.ui.tools;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.dataset.AuditReport;
import dev.labelj.dataset.ImageAudit;
import dev.labelj.dataset.LabelAudit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingWorker;

/**
 * Runs a Compare With Model off the EDT and hands each compared image to the window as it comes. Cancel lets the
 * image in hand finish and stops there: what was compared stays in the table, with its numbers.
 */
final class AuditWorker extends SwingWorker<AuditReport, ImageAudit> {
    private final LabelAudit audit;
    private final Detector detector;
    private final ClassMapping mapping;
    private final List<Path> images;
    private final AuditWindow window;
    private final Runnable ended;
    private final Consumer<String> failed;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();

    AuditWorker(LabelAudit audit, Detector detector, ClassMapping mapping, List<Path> images, AuditWindow window,
            Runnable ended, Consumer<String> failed) {
        this.audit = audit;
        this.detector = detector;
        this.mapping = mapping;
        this.images = images;
        this.window = window;
        this.ended = ended;
        this.failed = failed;
    }

    /** Stops after the image in hand. */
    void stop() {
        stop.set(true);
    }

    /** Where the audit hands each compared image, on the worker thread. */
    void publishImage(ImageAudit image) {
        publish(image);
    }

    @Override
    protected AuditReport doInBackground() {
        return audit.run(detector, mapping, images, (count, total, image) -> done.set(count), stop::get);
    }

    @Override
    protected void process(List<ImageAudit> chunks) {
        window.compared(chunks, done.get(), images.size());
    }

    @Override
    protected void done() {
        try {
            window.finished(get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failed.accept(String.valueOf(e.getCause().getMessage()));
        } finally {
            ended.run();
        }
    }
}
