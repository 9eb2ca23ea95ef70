package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.TestModels;
import dev.labelj.assist.audit.AuditOptions;
import dev.labelj.assist.audit.ClassResult;
import dev.labelj.assist.audit.Disagreement;
import dev.labelj.assist.audit.DisagreementKind;
import dev.labelj.image.ImageFolder;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit over a real folder with the generated YOLOv8 test model and one planted mistake of each kind. */
class LabelAuditTest {
    @TempDir
    Path dir;

    private AuditReport audit(Path folder, List<ImageAudit> seen) throws Exception {
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            AnnotationStore store = new AnnotationStore(new AnnotationLocator(folder, Optional.empty()), Formats.VOC,
                    new FormatOptions(ClassList.EMPTY));
            ClassMapping mapping = ClassMapping.match(detector.info().names(), List.of(), Map.of());
            return new LabelAudit(store, AuditOptions.DEFAULT, seen::add).run(detector, mapping,
                    ImageFolder.scan(folder), (done, total, image) -> { }, () -> false);
        }
    }

    @Test
    void eachPlantedMistakeIsFoundWithItsKindInOrderAndCleanImagesGiveNoRow() throws Exception {
        Path folder = PlantedMistakes.write(dir.resolve("set"));
        List<ImageAudit> seen = new ArrayList<>();
        AuditReport report = audit(folder, seen);
        List<Disagreement> rows = report.disagreements();
        assertThat(rows).extracting(d -> d.image().getFileName().toString())
                .containsExactly("d_extra.png", "c_missing.png", "b_wrong.png", "a_loose.png");
        assertThat(rows).extracting(Disagreement::kind).containsExactly(DisagreementKind.EXTRA,
                DisagreementKind.MISSING, DisagreementKind.WRONG_CLASS, DisagreementKind.LOOSE);
        assertThat(rows.get(0).labelIndex()).isEqualTo(4);
        assertThat(rows.get(1).predictedClass()).contains("dog");
        assertThat(rows.get(1).score()).isCloseTo(230.0 / 255, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(rows.get(2).labelClass()).contains("dog");
        assertThat(rows.get(2).predictedClass()).contains("car");
        assertThat(rows.get(3).iou()).isCloseTo(0.64, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.audited()).isEqualTo(5);
        assertThat(report.unlabelled()).isEqualTo(1);
        assertThat(report.failures()).isEmpty();
        // every labelled image handed on as it was done, the clean one with no row
        assertThat(seen).extracting(a -> a.image().getFileName().toString())
                .containsExactly("a_loose.png", "b_wrong.png", "c_missing.png", "d_extra.png", "e_clean.png");
        assertThat(seen.get(4).disagreements()).isEmpty();
    }

    @Test
    void personApIsWorkedByHand() throws Exception {
        AuditReport report = audit(PlantedMistakes.write(dir.resolve("set")), new ArrayList<>());
        ClassResult person = report.classes().stream().filter(c -> c.name().equals("person")).findFirst()
                .orElseThrow();
        // 6 person labels (one the planted extra); each of the 5 images: 0.9 on the person (TP), 0.2 on nothing
        // (FP). Five TPs first at precision 1 reach recall 5/6: points 0..0.83 (84) at 1, the rest 0: AP 84/101.
        assertThat(person.labels()).isEqualTo(6);
        assertThat(person.ap50()).isCloseTo(84.0 / 101, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(person.detections()).isEqualTo(5);
        assertThat(person.precision()).isEqualTo(1.0);
        assertThat(person.recall()).isCloseTo(5.0 / 6, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aCancelStopsAfterTheImageInHandAndKeepsWhatWasCompared() throws Exception {
        Path folder = PlantedMistakes.write(dir.resolve("set"));
        List<ImageAudit> seen = new ArrayList<>();
        AuditReport report;
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            AnnotationStore store = new AnnotationStore(new AnnotationLocator(folder, Optional.empty()), Formats.VOC,
                    new FormatOptions(ClassList.EMPTY));
            ClassMapping mapping = ClassMapping.match(detector.info().names(), List.of(), Map.of());
            report = new LabelAudit(store, AuditOptions.DEFAULT, seen::add).run(detector, mapping,
                    ImageFolder.scan(folder), (done, total, image) -> { }, () -> seen.size() >= 2);
        }
        assertThat(report.cancelled()).isTrue();
        assertThat(report.done()).isEqualTo(2);
        assertThat(report.total()).isEqualTo(6);
        assertThat(report.disagreements()).extracting(Disagreement::kind)
                .containsExactly(DisagreementKind.WRONG_CLASS, DisagreementKind.LOOSE);
    }

    @Test
    void anUnreadableAnnotationIsNamedAndTheRunGoesOn() throws Exception {
        Path folder = PlantedMistakes.write(dir.resolve("set"));
        Files.writeString(folder.resolve("e_clean.xml"), "<annotation><object>");
        AuditReport report = audit(folder, new ArrayList<>());
        assertThat(report.failures()).hasSize(1);
        assertThat(report.failures().get(0)).contains("e_clean.xml");
        assertThat(report.disagreements()).hasSize(4);
        assertThat(report.audited()).isEqualTo(4);
    }
}
