package dev.labelj.dataset;

import dev.labelj.assist.audit.Disagreement;
import java.nio.file.Path;
import java.util.List;

/** One image gone through by an audit: its disagreements (none when model and labels agree) and its label count. */
public record ImageAudit(Path image, int labels, List<Disagreement> disagreements) {
    public ImageAudit {
        disagreements = List.copyOf(disagreements);
    }
}
