package dev.labelj.cli;

import dev.labelj.assist.ModelInfo;
import dev.labelj.assist.Proposal;
import dev.labelj.assist.audit.ClassResult;
import dev.labelj.assist.audit.Disagreement;
import dev.labelj.dataset.AuditReport;
import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code audit --json} object; a number that does not exist (no labels, no detection) is null. */
final class AuditJson {
    private AuditJson() {
    }

    static Map<String, Object> of(AuditReport report, ModelInfo model, Path root) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.file().toString());
        json.put("images", report.total());
        json.put("audited", report.audited());
        json.put("unlabelled", report.unlabelled());
        json.put("failed", report.failures());
        Map<String, Object> counts = new LinkedHashMap<>();
        report.countsByKind().forEach((kind, n) -> counts.put(AuditText.kind(kind), n));
        json.put("counts", counts);
        List<Map<String, Object>> classes = new ArrayList<>();
        for (ClassResult c : report.classes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("labels", c.labels());
            row.put("detections", c.detections());
            row.put("true_positives", c.truePositives());
            row.put("precision", number(c.precision()));
            row.put("recall", number(c.recall()));
            row.put("ap50", number(c.ap50()));
            classes.add(row);
        }
        json.put("classes", classes);
        json.put("map50", number(report.meanAp50()));
        List<Map<String, Object>> rows = new ArrayList<>();
        Path base = root.toAbsolutePath().normalize();
        report.disagreements().forEach(d -> rows.add(row(d, base)));
        json.put("disagreements", rows);
        return json;
    }

    private static Map<String, Object> row(Disagreement d, Path base) {
        Map<String, Object> row = new LinkedHashMap<>();
        Path image = d.image().toAbsolutePath().normalize();
        row.put("image", (image.startsWith(base) ? base.relativize(image) : image).toString());
        row.put("kind", AuditText.kind(d.kind()));
        row.put("rank", d.rank());
        row.put("label_index", d.labelIndex() < 0 ? null : d.labelIndex());
        row.put("label", d.label().map(AuditJson::box).orElse(null));
        row.put("predicted", d.predicted().map(Proposal::box).map(AuditJson::box).orElse(null));
        row.put("score", number(d.score()));
        row.put("iou", d.predicted().isPresent() && d.label().isPresent() ? d.iou() : null);
        return row;
    }

    private static Map<String, Object> box(Box box) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("class", box.label());
        json.put("box", List.of(box.xMin(), box.yMin(), box.xMax(), box.yMax()));
        return json;
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
