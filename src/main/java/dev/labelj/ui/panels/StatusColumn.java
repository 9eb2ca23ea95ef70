package dev.labelj.ui.panels;

import dev.labelj.image.ImageStatuses;
import dev.labelj.io.AnnotationState;
import dev.labelj.model.AnnotationStatus;
import dev.labelj.ui.support.Tasks;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;

/**
 * The status mark of each file-list row. A row's status is looked up only when the row is painted,
 * on a background thread, then remembered; 100,000 images cost nothing until they scroll into view.
 */
final class StatusColumn {
    /** Repaints the list's rows (nothing while the list is not made yet). */
    private final Runnable repaint;
    private final RelativePathListModel model;
    private final ExecutorService worker = Tasks.worker("annotation-status");
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();
    /** Why a row's annotation cannot be read, for its tooltip. */
    private final Map<Path, String> problems = new ConcurrentHashMap<>();
    private BiFunction<Path, Path, AnnotationState> lookup;
    private ImageStatuses statuses;

    StatusColumn(Runnable repaint, RelativePathListModel model) {
        this.repaint = repaint;
        this.model = model;
    }

    void setLookup(BiFunction<Path, Path, AnnotationState> newLookup) {
        lookup = newLookup;
        forgetAll();
    }

    /** Called on the EDT when the rows change (new folder, rescan). */
    void forgetAll() {
        Path root = model.root();
        BiFunction<Path, Path, AnnotationState> current = lookup;
        statuses = current == null || root == null ? null : new ImageStatuses(image -> remember(image,
                current.apply(root, image)));
        pending.clear();
        problems.clear();
        repaint.run();
    }

    private AnnotationStatus remember(Path image, AnnotationState state) {
        state.problem().ifPresentOrElse(problem -> problems.put(image, problem), () -> problems.remove(image));
        return state.status();
    }

    /** Looks image {@code imageIndex} (a folder index, not a row) up again. */
    void forget(int imageIndex) {
        if (statuses != null && imageIndex >= 0) {
            statuses.invalidate(model.image(imageIndex));
            repaint.run();
        }
    }

    Optional<AnnotationStatus> known(int imageIndex) {
        return statuses == null ? Optional.empty() : statuses.ifKnown(model.image(imageIndex));
    }

    void repaintAll() {
        repaint.run();
    }

    ListCellRenderer<Object> renderer() {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> rows, Object value, int index,
                    boolean selected, boolean focused) {
                JLabel label = (JLabel) super.getListCellRendererComponent(rows, value, index, selected, focused);
                label.setIcon(new StatusIcon(index >= 0 ? statusOrRequest(index) : null));
                label.setIconTextGap(6);
                label.setToolTipText(index >= 0 && index < model.getSize() ? problems.get(model.imageAt(index)) : null);
                return label;
            }
        };
    }

    private AnnotationStatus statusOrRequest(int index) {
        ImageStatuses current = statuses;
        if (current == null || index >= model.getSize()) {
            return null;
        }
        Path image = model.imageAt(index);
        Optional<AnnotationStatus> status = current.ifKnown(image);
        if (status.isEmpty() && pending.add(image)) {
            worker.execute(() -> {
                current.status(image);
                pending.remove(image);
                SwingUtilities.invokeLater(repaint);
            });
        }
        return status.orElse(null);
    }
}
