package dev.labelj.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLayoutTest {
    private static List<String> columns(String... fixtures) {
        return ChartLayout.of(java.util.Arrays.stream(fixtures).map(Fixtures::read).toList()).stream()
                .map(PanelSpec::column).toList();
    }

    @Test
    void yolov5DetectPutsMetricsFirstThenTrainValPairsThenLearningRates() {
        assertThat(columns("yolov5-483172-custom_lego_dataset-exp-50ep.csv")).containsExactly(
                "metrics/precision", "metrics/recall", "metrics/mAP_0.5", "metrics/mAP_0.5:0.95",
                "train/box_loss", "val/box_loss", "train/obj_loss", "val/obj_loss", "train/cls_loss", "val/cls_loss",
                "x/lr0", "x/lr1", "x/lr2");
    }

    @Test
    void segmentationGroupsBoxThenMaskAndPairsEveryLoss() {
        List<String> columns = columns("yolo-seg-BabyMelvin-yolo_learn-5ep.csv");
        assertThat(columns.subList(0, 8)).containsExactly("metrics/precision(B)", "metrics/recall(B)",
                "metrics/mAP50(B)", "metrics/mAP50-95(B)", "metrics/precision(M)", "metrics/recall(M)",
                "metrics/mAP50(M)", "metrics/mAP50-95(M)");
        assertThat(columns.subList(8, 16)).containsExactly("train/box_loss", "val/box_loss", "train/seg_loss",
                "val/seg_loss", "train/cls_loss", "val/cls_loss", "train/dfl_loss", "val/dfl_loss");
        assertThat(columns).doesNotContain("epoch", "time").endsWith("lr/pg0", "lr/pg1", "lr/pg2");
    }

    @Test
    void yolov5ClassifyPairsTrainWithTestLoss() {
        assertThat(columns("yolov5cls-Louis93621-DS340W-100ep.csv")).containsExactly("metrics/accuracy_top1",
                "metrics/accuracy_top5", "train/loss", "test/loss", "lr/0");
    }

    @Test
    void overlaidRunsGetTheUnionOfTheirColumnsByMeaning() {
        List<String> columns = columns("yolov5-483172-custom_lego_dataset-exp-50ep.csv",
                "yolo12-1527171-hand-raising-train3-200ep-time.csv");
        // YOLOv5's metrics/precision is Ultralytics' metrics/precision(B): one chart for both runs, not two
        assertThat(columns).containsExactly("metrics/precision(B)", "metrics/recall(B)", "metrics/mAP50(B)",
                "metrics/mAP50-95(B)", "train/box_loss", "val/box_loss", "train/obj_loss", "val/obj_loss",
                "train/cls_loss", "val/cls_loss", "train/dfl_loss", "val/dfl_loss", "lr/pg0", "lr/pg1", "lr/pg2");
    }

    @Test
    void yolov5AndUltralyticsSegmentationShareEveryMetricChart() {
        List<String> columns = columns("yolov5seg-zhaozhiyuan555-yolov5_70_seg-exp2-21ep-interrupted.csv",
                "yolo-seg-BabyMelvin-yolo_learn-5ep.csv");
        assertThat(columns.subList(0, 8)).containsExactly("metrics/precision(B)", "metrics/recall(B)",
                "metrics/mAP50(B)", "metrics/mAP50-95(B)", "metrics/precision(M)", "metrics/recall(M)",
                "metrics/mAP50(M)", "metrics/mAP50-95(M)");
        assertThat(columns).doesNotContain("metrics/mAP_0.5(B)", "x/lr0").endsWith("lr/pg0", "lr/pg1", "lr/pg2");
    }

    @Test
    void runsThatAgreeOnASpellingKeepIt() {
        assertThat(columns("yolov5-483172-custom_lego_dataset-exp-50ep.csv",
                "yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv"))
                .startsWith("metrics/precision", "metrics/recall", "metrics/mAP_0.5", "metrics/mAP_0.5:0.95")
                .endsWith("x/lr0", "x/lr1", "x/lr2");
    }
}
