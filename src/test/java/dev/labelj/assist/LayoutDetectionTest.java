package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The output shapes of real exports (COCO, 80 classes, at 640) and the cases where only metadata decides. */
class LayoutDetectionTest {
    private static LayoutDetection.Detected detect(Optional<Integer> named, Map<String, String> metadata,
            long... shape) {
        return LayoutDetection.detect(shape, named, metadata);
    }

    @Test
    void realExportShapes() {
        Optional<Integer> coco = Optional.of(80);
        assertThat(detect(coco, Map.of(), 1, 25200, 85))
                .isEqualTo(new LayoutDetection.Detected(ModelLayout.YOLOV5, 80));
        assertThat(detect(coco, Map.of(), 1, 84, 8400))
                .isEqualTo(new LayoutDetection.Detected(ModelLayout.YOLOV8, 80));
        assertThat(detect(coco, Map.of(), 1, 300, 6).layout()).isEqualTo(ModelLayout.END_TO_END);
        assertThat(detect(coco, Map.of(), 1, 300, 84))
                .isEqualTo(new LayoutDetection.Detected(ModelLayout.RT_DETR, 80));
        // a dynamic number of anchors
        assertThat(detect(coco, Map.of(), 1, 84, -1).layout()).isEqualTo(ModelLayout.YOLOV8);
    }

    @Test
    void withoutNamesTheShapeAloneDecides() {
        assertThat(detect(Optional.empty(), Map.of(), 1, 25200, 85).classCount()).isEqualTo(80);
        assertThat(detect(Optional.empty(), Map.of(), 1, 300, 84).layout()).isEqualTo(ModelLayout.RT_DETR);
    }

    @Test
    void aTwoClassRtDetrIsToldFromAnEndToEndModelByItsDescription() {
        Map<String, String> rtDetr = Map.of("description", "Ultralytics rtdetr-l model trained on data.yaml");
        assertThat(detect(Optional.of(2), rtDetr, 1, 300, 6).layout()).isEqualTo(ModelLayout.RT_DETR);
        assertThat(detect(Optional.of(2), Map.of("description", "Ultralytics YOLOv10n model"), 1, 300, 6).layout())
                .isEqualTo(ModelLayout.END_TO_END);
    }

    @Test
    void aOneClassYolov5WithManyAnchorsIsNotEndToEnd() {
        assertThat(detect(Optional.of(1), Map.of(), 1, 25200, 6).layout()).isEqualTo(ModelLayout.YOLOV5);
    }

    @Test
    void namesThatDisagreeWithTheOutputAreRefused() {
        assertThatThrownBy(() -> detect(Optional.of(3), Map.of(), 1, 84, 8400))
                .hasMessageContaining("scores 80 classes").hasMessageContaining("names 3");
    }

    @Test
    void otherShapesAreRefused() {
        assertThatThrownBy(() -> detect(Optional.empty(), Map.of(), 1, 1000)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> detect(Optional.empty(), Map.of(), 1, 3, 2)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void segmentationAndPoseModelsGiveTheirBoxesAndClassesOnly() {
        // YOLOv8-seg: 4 + 80 classes + 32 mask coefficients; YOLOv8-pose: 4 + 1 class + 17 keypoints x 3
        assertThat(detect(Optional.of(80), Map.of("task", "segment"), 1, 116, 8400))
                .isEqualTo(new LayoutDetection.Detected(ModelLayout.YOLOV8, 80));
        assertThat(detect(Optional.of(1), Map.of("task", "pose"), 1, 56, 8400))
                .isEqualTo(new LayoutDetection.Detected(ModelLayout.YOLOV8, 1));
        // YOLOv5-seg: 5 + 80 classes + 32
        assertThat(detect(Optional.of(80), Map.of("task", "segment"), 1, 25200, 117))
                .isEqualTo(new LayoutDetection.Detected(ModelLayout.YOLOV5, 80));
    }

    @Test
    void trailingRowsAfterTheClassScoresAreNotClasses() {
        // two anchors, one class, then one mask coefficient row that is large: it must not be read as a class
        float[] output = {10, 50, 20, 20, 4, 4, 20, 20, 0.9f, 0.1f, 5, 5};
        List<Candidate> found = new YoloV8Decoder(1).decode(output, 6, 2, 0.25, c -> true);
        assertThat(found).containsExactly(Candidate.ofCentre(10, 20, 4, 20, 0.9f, 0));
    }
}
