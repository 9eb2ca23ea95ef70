package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of metric column names: both trainers' spellings, per group, in chart order. */
class MetricColumnsTest {
    @Test
    void eachGroupListsPrecisionRecallAndBothMapSpellings() {
        assertThat(MetricColumns.ofGroup("(M)")).containsExactly("metrics/precision(M)", "metrics/recall(M)",
                "metrics/mAP_0.5(M)", "metrics/mAP50(M)", "metrics/mAP_0.5:0.95(M)", "metrics/mAP50-95(M)");
        assertThat(MetricColumns.ofGroup("")).contains("metrics/mAP_0.5", "metrics/mAP_0.5:0.95");
        assertThat(MetricColumns.GROUPS).containsExactly("", "(B)", "(M)", "(P)");
    }

    @Test
    void everyFixtureMapColumnIsKnownSoFitnessAndChartsAgree() {
        for (String name : new String[] {"yolov5-483172-custom_lego_dataset-exp-50ep.csv",
            "v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv"}) {
            TrainingRun run = Fixtures.read(name);
            java.util.List<String> known = MetricColumns.GROUPS.stream().flatMap(g -> MetricColumns.ofGroup(g).stream()).toList();
            assertThat(run.columns().stream().filter(c -> c.startsWith("metrics/")))
                    .as(name).isNotEmpty().allMatch(known::contains);
        }
    }
}
