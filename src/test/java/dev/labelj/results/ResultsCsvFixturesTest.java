package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shared real file: format, task, rows, first/last epoch
 * and (where the reference lists it) best epoch. The classification file's reference "59" is the
 * first epoch reaching the top-1 maximum; best.pt (ties to the later epoch) is 93, see
 * {@link #classifyRulesDifferAsTheReferenceSays()}.
 */
class ResultsCsvFixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            v8-01-Zhangsaisai-wheat-weed-102of150ep-earlystop-time-crlf.csv  | ultralytics | detect   | 102 | 1 | 102 | 2
            v8-3bdul1ah-license-plates-train25-134of200ep-earlystop.csv      | ultralytics | detect   | 134 | 1 | 134 | 131
            v8-A-Alviento-rock-paper-scissors-100ep-0based-crlf.csv          | ultralytics | detect   | 100 | 0 | 99  | -
            v8-AbdulRahmaan03-custom-100ep-padded.csv                        | ultralytics | detect   | 100 | 1 | 100 | 91
            v8-early-Abonia1-fire-smoke-25ep-0based.csv                      | ultralytics | detect   | 25  | 0 | 24  | -
            v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv           | ultralytics | segment  | 10  | 1 | 10  | -
            yolo-cls-1-hexene-more99-100ep.csv                               | ultralytics | classify | 100 | 1 | 100 | 88
            yolo-cls-BabyMelvin-yolo_learn-5ep.csv                           | ultralytics | classify | 5   | 1 | 5   | -
            yolo-seg-BabyMelvin-yolo_learn-5ep.csv                           | ultralytics | segment  | 5   | 1 | 5   | -
            yolo11pose-chrismuntean-hands-100ep.csv                          | ultralytics | pose     | 100 | 1 | 100 | -
            yolo12-1527171-hand-raising-train3-200ep-time.csv                | ultralytics | detect   | 200 | 1 | 200 | 178
            yolo26-0x90Vold-plant-disease-train2-1ep.csv                     | ultralytics | detect   | 1   | 1 | 1   | 1
            yolov5-483172-custom_lego_dataset-exp-50ep.csv                   | yolov5      | detect   | 50  | 0 | 49  | 48
            yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv  | yolov5      | detect   | 151 | 0 | 150 | 147
            yolov5-Grafit-Kil-helmet-detection-exp-3ep.csv                   | yolov5      | detect   | 3   | 0 | 2   | -
            yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv         | yolov5      | detect   | 150 | 0 | 149 | 144
            yolov5-KALYAN1045-ANPR-20ep.csv                                  | yolov5      | detect   | 20  | 0 | 19  | -
            yolov5-MarlinSiraegi-face-detection-root-34ep.csv                | yolov5      | detect   | 34  | 0 | 33  | -
            yolov5-results-txt-AmelNozieres-mushrooms-exp2-100ep.txt         | results-txt | detect   | 100 | 0 | 99  | -
            yolov5-results-txt-ssong86-wildfire-exp3-300ep.txt               | results-txt | detect   | 300 | 0 | 299 | -
            yolov5cls-Louis93621-DS340W-100ep.csv                            | yolov5      | classify | 100 | 0 | 99  | 93
            yolov5seg-zhaozhiyuan555-yolov5_70_seg-exp2-21ep-interrupted.csv | yolov5      | segment  | 21  | 0 | 20  | -
            """)
    void readsEveryRealFile(String file, String format, String task, int rows, int firstEpoch, int lastEpoch,
                            Integer bestEpoch) {
        TrainingRun run = Fixtures.read(file);

        assertThat(run.format().id()).isEqualTo(format);
        assertThat(run.task().id()).isEqualTo(task);
        assertThat(run.rows()).isEqualTo(rows);
        assertThat(run.epoch(0)).isEqualTo((double) firstEpoch);
        assertThat(run.epoch(rows - 1)).isEqualTo((double) lastEpoch);
        // only the lid-state run wrote nan (two validation losses at epoch 1): said, not hidden
        assertThat(run.warnings()).extracting(ResultsWarning::kind).isEqualTo(file.endsWith("-nan.csv")
                ? List.of(ResultsWarning.Kind.NON_FINITE) : List.of());
        assertThat(run.columns()).allSatisfy(c -> assertThat(c).isEqualTo(c.strip()).isNotEmpty());
        BestEpoch best = Fitness.best(run).orElseThrow();
        if (bestEpoch != null) {
            assertThat(best.epoch()).isEqualTo(bestEpoch.doubleValue());
        }
        assertThat(Double.isFinite(best.fitness())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            yolov5-483172-custom_lego_dataset-exp-50ep.csv                   | 14
            yolov5seg-zhaozhiyuan555-yolov5_70_seg-exp2-21ep-interrupted.csv | 20
            yolov5cls-Louis93621-DS340W-100ep.csv                            | 6
            v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv           | 20
            yolo11pose-chrismuntean-hands-100ep.csv                          | 23
            v8-01-Zhangsaisai-wheat-weed-102of150ep-earlystop-time-crlf.csv  | 15
            yolo-cls-BabyMelvin-yolo_learn-5ep.csv                           | 9
            yolov5-results-txt-ssong86-wildfire-exp3-300ep.txt               | 15
            """)
    void columnCountsMatchTheHeaders(String file, int columns) {
        assertThat(Fixtures.read(file).columns()).hasSize(columns).startsWith("epoch");
    }

    @org.junit.jupiter.api.Test
    void columnsAreFoundByNameWhateverTheirOrder() {
        TrainingRun v5cls = Fixtures.read("yolov5cls-Louis93621-DS340W-100ep.csv");
        TrainingRun v8cls = Fixtures.read("yolo-cls-BabyMelvin-yolo_learn-5ep.csv");
        assertThat(v5cls.columns()).containsExactly("epoch", "train/loss", "test/loss", "metrics/accuracy_top1",
                "metrics/accuracy_top5", "lr/0");
        assertThat(v8cls.columns()).containsSubsequence("time", "train/loss", "metrics/accuracy_top1", "val/loss");
        assertThat(v5cls.value("metrics/accuracy_top1", 0)).isEqualTo(0.79167);
        assertThat(v8cls.value("metrics/accuracy_top1", 0)).isEqualTo(0.1);
        assertThat(v8cls.value("val/loss", 0)).isEqualTo(2.30356);
    }

    @org.junit.jupiter.api.Test
    void literalNanStaysNanAndExponentsParse() {
        TrainingRun run = Fixtures.read("yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv");
        assertThat(run.value("val/box_loss", 1)).isNaN();
        assertThat(run.value("val/box_loss", 0)).isEqualTo(0.082582);
        TrainingRun padded = Fixtures.read("v8-AbdulRahmaan03-custom-100ep-padded.csv");
        assertThat(padded.value("lr/pg2", 99)).isEqualTo(3.98e-05);
    }

    @org.junit.jupiter.api.Test
    void resultsTxtGetsCsvNamesAndThePlannedEpochsFromEOverN() {
        TrainingRun run = Fixtures.read("yolov5-results-txt-AmelNozieres-mushrooms-exp2-100ep.txt");
        assertThat(run.value("gpu_mem", 0)).isEqualTo(1.86);
        assertThat(run.value("train/box_loss", 0)).isEqualTo(0.09831);
        assertThat(run.value("metrics/mAP_0.5:0.95", 0)).isEqualTo(0.001083);
        assertThat(run.value("val/obj_loss", 0)).isEqualTo(0.05837);
        assertThat(run.metadata().plannedEpochs()).hasValue(100);
        assertThat(RunSummary.of(run).status()).isEqualTo(RunSummary.Status.COMPLETE);
    }

    @org.junit.jupiter.api.Test
    void classifyRulesDifferAsTheReferenceSays() {
        TrainingRun run = Fixtures.read("yolov5cls-Louis93621-DS340W-100ep.csv");
        // top-1 = 0.88889 at epochs 59, 60, 68, 69 and 93; (top-1 + top-5) / 2 peaks at 68, 69 and 93.
        assertThat(Fitness.firstBest(run, FitnessRule.TOP1).orElseThrow().epoch()).isEqualTo(59);
        assertThat(Fitness.firstBest(run, FitnessRule.TOP1_TOP5).orElseThrow().epoch()).isEqualTo(68);
        // classify/train.py saves best.pt whenever fitness equals the best so far: the later tie wins.
        assertThat(Fitness.best(run, FitnessRule.TOP1).orElseThrow().epoch()).isEqualTo(93);
        assertThat(Fitness.best(run, FitnessRule.TOP1_TOP5).orElseThrow().epoch()).isEqualTo(93);
        assertThat(Fitness.best(run, FitnessRule.YOLOV5)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void segmentationFitnessSumsBoxAndMaskGroups() {
        TrainingRun run = Fixtures.read("v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv");
        double[] fitness = Fitness.values(run, FitnessRule.YOLOV5);
        int row = 4;
        double expected = 0.1 * run.value("metrics/mAP50(B)", row) + 0.9 * run.value("metrics/mAP50-95(B)", row)
                + 0.1 * run.value("metrics/mAP50(M)", row) + 0.9 * run.value("metrics/mAP50-95(M)", row);
        assertThat(fitness[row]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        Set<String> metrics = RunSummary.of(run).metricsAtBest().keySet().stream().collect(Collectors.toSet());
        assertThat(metrics).contains("metrics/mAP50-95(B)", "metrics/mAP50-95(M)").hasSize(8);
    }
}
