package dev.labelj.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.labelj.results.Fixtures;
import dev.labelj.results.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Hidden runs, runs aligned by progress, one hover text for every run, and vector export. */
class ChartCompareTest {
    private static final String LEGO = "yolov5-483172-custom_lego_dataset-exp-50ep.csv";
    private static final String HELMET = "yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv";

    private static XYPlot plot(List<TrainingRun> runs, ChartOptions options, String column) {
        ChartGrid grid = ChartGrid.of(runs, options);
        return grid.charts().get(grid.panels().stream().map(PanelSpec::column).toList().indexOf(column)).getXYPlot();
    }

    @Test
    void aHiddenRunLeavesTheChartsAndTheOthersKeepTheirColours() {
        List<TrainingRun> runs = List.of(Fixtures.read(LEGO), Fixtures.read(HELMET));
        XYPlot both = plot(runs, ChartOptions.DEFAULT, "metrics/mAP_0.5");
        assertThat(both.getDataset().getSeriesCount()).isEqualTo(2);
        XYPlot second = plot(runs, ChartOptions.DEFAULT.withHidden(Set.of(0)), "metrics/mAP_0.5");
        assertThat(second.getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(second.getDataset().getSeriesKey(0)).isEqualTo(runs.get(1).name());
        assertThat(second.getRenderer().getSeriesPaint(0)).isEqualTo(RunPalette.run(1));
        assertThat(second.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
        // one run left: no legend on the exported grid
        assertThat(ChartGrid.of(runs, ChartOptions.DEFAULT.withHidden(Set.of(0))).charts().get(0).getLegend()).isNull();
    }

    @Test
    void byProgressRunsOfDifferentLengthsBothSpanZeroToHundredPercent() {
        List<TrainingRun> runs = List.of(Fixtures.read(LEGO), Fixtures.read(HELMET)); // 50 and 150 epochs
        XYPlot plot = plot(runs, ChartOptions.DEFAULT.withAlignment(ChartOptions.Alignment.PROGRESS), "metrics/mAP_0.5");
        for (int s = 0; s < 2; s++) {
            int last = plot.getDataset().getItemCount(s) - 1;
            assertThat(plot.getDataset().getXValue(s, 0)).isEqualTo(0.0);
            assertThat(plot.getDataset().getXValue(s, last)).isEqualTo(100.0);
        }
        assertThat(plot.getDataset().getXValue(0, 49) - plot.getDataset().getXValue(0, 48)).isCloseTo(100.0 / 49,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theHoverTextListsEveryRunAtTheEpochUnderTheMouse() {
        List<TrainingRun> runs = List.of(Fixtures.read(LEGO), Fixtures.read(HELMET));
        XYPlot plot = plot(runs, ChartOptions.DEFAULT.withSmooth(true), "train/box_loss");
        String text = HoverText.at(plot, 20.3, ChartTexts.ENGLISH, false).orElseThrow();
        assertThat(text).startsWith("<html><b>epoch 20</b>");
        for (TrainingRun run : runs) {
            int row = java.util.stream.IntStream.range(0, run.rows()).filter(r -> run.epoch(r) == 20).findFirst().orElseThrow();
            assertThat(text).contains(run.name() + ": " + DisplayNumbers.value(run.value("train/box_loss", row)));
        }
        assertThat(text).doesNotContain("smooth");
        // beyond the shorter run only the longer one is listed
        String late = HoverText.at(plot, 120, ChartTexts.ENGLISH, false).orElseThrow();
        assertThat(late).contains(runs.get(1).name()).doesNotContain(runs.get(0).name() + ":");
        // by progress: both runs near 50 % (the helmet run's epoch 74 of 0..149 is the nearest point)
        XYPlot byProgress = plot(runs, ChartOptions.DEFAULT.withAlignment(ChartOptions.Alignment.PROGRESS),
                "train/box_loss");
        assertThat(HoverText.at(byProgress, 50, ChartTexts.ENGLISH, true).orElseThrow()).startsWith("<html><b>49.7 %</b>")
                .contains(runs.get(0).name() + ":").contains(runs.get(1).name() + ":");
    }

    @Test
    void byProgressARunThatStoppedEarlyIsNotListedPastItsEnd(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("train"));
        Files.copy(Fixtures.file("v8-01-Zhangsaisai-wheat-weed-102of150ep-earlystop-time-crlf.csv"), run.resolve("results.csv"));
        Files.writeString(run.resolve("args.yaml"), "epochs: 150\npatience: 50\n");
        List<TrainingRun> runs = List.of(dev.labelj.results.ResultsCsv.read(run.resolve("results.csv")), Fixtures.read(LEGO));
        XYPlot plot = plot(runs, ChartOptions.DEFAULT.withAlignment(ChartOptions.Alignment.PROGRESS), "train/box_loss");
        assertThat(plot.getDataset().getXValue(0, plot.getDataset().getItemCount(0) - 1))
                .isCloseTo(100.0 * 101 / 149, org.assertj.core.data.Offset.offset(1e-9));
        String past = HoverText.at(plot, 90, ChartTexts.ENGLISH, true).orElseThrow();
        assertThat(past).contains(runs.get(1).name() + ":").doesNotContain("train:");
    }

    @Test
    void theGridIsWrittenAsSvgAndPdfWithUmaskPermissions(@TempDir Path dir) throws Exception {
        List<TrainingRun> runs = List.of(Fixtures.read(LEGO), Fixtures.read(HELMET));
        String umaskGives = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(dir.resolve("p"))));
        Path svg = dir.resolve("grid.svg");
        assertThat(ChartExport.writeGrid(runs, ChartOptions.DEFAULT, svg)).containsExactly(1920, 1280);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(document.getDocumentElement().getAttribute("width"))).isEqualTo(1920.0);
        assertThat(Files.readString(svg)).contains("metrics/mAP_0.5:0.95").contains(runs.get(1).name());
        Path pdf = dir.resolve("grid.PDF");
        ChartExport.writeGrid(runs, ChartOptions.DEFAULT, pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("%%EOF");
        assertThat(bytes.length).isGreaterThan(10_000);
        for (Path file : List.of(svg, pdf)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(umaskGives);
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("p", "grid.svg", "grid.PDF");
    }

    @Test
    void theSvgHoldsTheChartTextAsTextAndThePdfIsOnePageOfTheGridsSize(@TempDir Path dir) throws Exception {
        List<TrainingRun> runs = List.of(Fixtures.read(LEGO), Fixtures.read(HELMET));
        ChartGrid grid = ChartGrid.of(runs, ChartOptions.DEFAULT);
        List<String> titles = grid.charts().stream().map(chart -> chart.getTitle().getText()).toList();
        assertThat(titles).hasSizeGreaterThan(5);

        Path svg = dir.resolve("grid.svg");
        ChartExport.writeGrid(runs, ChartOptions.DEFAULT, svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDoctype()).as("no DTD for XML tools to fetch").isNull();
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = IntStream.range(0, texts.getLength())
                .mapToObj(i -> texts.item(i).getTextContent().strip()).toList();
        // every chart's title, the legend's run names and the tick numbers are <text>, not outlines
        assertThat(words).containsAll(titles).contains(runs.get(0).name(), runs.get(1).name(), "0.5");

        Path pdf = dir.resolve("grid.pdf");
        ChartExport.writeGrid(runs, ChartOptions.DEFAULT, pdf);
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(grid.width());
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(grid.height());
            assertThat(reader.getInfo()).containsEntry("Title", "Training results");
            String pageText = new PdfTextExtractor(reader).getTextFromPage(1).replace(" ", "");
            assertThat(pageText).contains(titles.get(0)).contains(titles.get(titles.size() - 1));
        } finally {
            reader.close();
        }
    }
}
