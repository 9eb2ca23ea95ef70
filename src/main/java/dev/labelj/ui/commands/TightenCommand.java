package dev.labelj.ui.commands;

import dev.labelj.assist.BoxTightener;
import dev.labelj.assist.Tightening;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.FullPictures;
import dev.labelj.model.Box;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Edit → Tighten Box (T): each selected box shrinks to the object inside it ({@link BoxTightener}), as one
 * undoable edit. The work runs on a worker; its answer is applied only to the boxes that are still there as they
 * were, on the image it was made for. An implausible answer leaves the box alone and the status line says why.
 */
public final class TightenCommand {
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final Supplier<DecodedImage> shown;
    private final Consumer<String> status;
    private final ExecutorService worker = Tasks.worker("tighten-box");

    /** {@code shown}: the picture the window shows now, or null; used when it has the image's full pixels. */
    public TightenCommand(AnnotationDocument document, BoxSelection selection, Supplier<DecodedImage> shown,
            Consumer<String> status) {
        this.document = document;
        this.selection = selection;
        this.shown = shown;
        this.status = status;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.TIGHTEN_BOX, this::tighten, () -> document.isEditable() && !selection.isEmpty());
    }

    private void tighten() {
        if (!document.isEditable() || selection.isEmpty()) {
            return;
        }
        Path image = document.current().imageFile();
        List<Box> boxes = document.current().boxes();
        Map<Integer, Box> targets = new TreeMap<>();
        selection.indices().stream().filter(i -> i < boxes.size()).forEach(i -> targets.put(i, boxes.get(i)));
        DecodedImage picture = shown.get();
        status.accept(Messages.get("tighten.working", targets.size()));
        Tasks.submit(worker, () -> tightenAll(image, picture, targets), results -> apply(image, targets, results),
                error -> status.accept(Messages.get("tighten.failed", image.getFileName(), error.getMessage())));
    }

    private static Map<Integer, Tightening> tightenAll(Path image, DecodedImage picture, Map<Integer, Box> targets)
            throws ImageLoadException {
        FullPictures.Picture source = FullPictures.of(image, picture);
        Map<Integer, Tightening> results = new TreeMap<>();
        targets.forEach((index, box) -> results.put(index,
                BoxTightener.tighten(source.pixels(), source.imageWidth(), source.imageHeight(), box)));
        return results;
    }

    /** On the EDT: tight boxes replace the ones still there unchanged, as one edit. */
    private void apply(Path image, Map<Integer, Box> targets, Map<Integer, Tightening> results) {
        if (!document.isEditable() || !document.current().imageFile().equals(image)) {
            status.accept(Messages.get("tighten.gone", image.getFileName()));
            return;
        }
        List<Box> boxes = new ArrayList<>(document.current().boxes());
        int tightened = 0;
        int stale = 0;
        Tightening.Outcome leftBecause = null;
        for (Map.Entry<Integer, Tightening> result : results.entrySet()) {
            int index = result.getKey();
            if (index >= boxes.size() || !boxes.get(index).equals(targets.get(index))) {
                stale++;
            } else if (result.getValue().isTightened()) {
                boxes.set(index, result.getValue().box());
                tightened++;
            } else if (leftBecause == null) {
                leftBecause = result.getValue().outcome();
            }
        }
        if (tightened > 0) {
            document.replaceBoxes(boxes, Messages.get("action.tightenBox"));
        }
        status.accept(summary(results.size(), tightened, stale, leftBecause));
    }

    private static String summary(int total, int tightened, int stale, Tightening.Outcome leftBecause) {
        List<String> parts = new ArrayList<>();
        if (tightened > 0) {
            parts.add(Messages.get("tighten.done", tightened));
        }
        if (leftBecause != null) {
            parts.add(Messages.get("tighten.left", total - tightened - stale, total,
                    Messages.get("tighten.reason." + leftBecause.name())));
        }
        if (stale > 0) {
            parts.add(Messages.get("tighten.stale", stale));
        }
        return String.join("; ", parts);
    }
}
