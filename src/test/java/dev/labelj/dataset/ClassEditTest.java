package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.image.TestJpegs;
import dev.labelj.io.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rename and merge of classes over real VOC, YOLO and CreateML files: only class names or ids change, YOLO ids of
 * other classes stay, files that would lose anything are left alone, and an undo brings back every byte.
 */
class ClassEditTest {
    @TempDir
    Path dir;

    private static ClassEditResult run(Path root, ClassEdit edit) throws Exception {
        ClassEditPlan plan = ClassEditPlanner.plan(root, Optional.empty(), edit);
        assertThat(plan.blocked()).as(plan.summary()).isEmpty();
        return ClassEditRun.run(root, plan);
    }

    @Test
    void vocRenameChangesOnlyTheNamesAndUndoRestoresTheFile() throws Exception {
        Path xml = dir.resolve("BloodImage_00338.xml");
        Files.copy(Fixtures.annotation("pairs/bccd-zero-area-box/BloodImage_00338.xml"), xml);
        Files.copy(Fixtures.annotation("pairs/bccd-zero-area-box/BloodImage_00338.jpg"),
                dir.resolve("BloodImage_00338.jpg"));
        String before = Files.readString(xml);

        ClassEditPlan plan = ClassEditPlanner.plan(dir, Optional.empty(), ClassEdit.rename("RBC", "red_cell"));
        assertThat(plan.summary()).isEqualTo("13 boxes in 1 file; 1 file to write");
        assertThat(Files.readString(xml)).as("a preview writes nothing").isEqualTo(before);

        ClassEditResult result = ClassEditRun.run(dir, plan);
        assertThat(result.written()).isEqualTo(1);
        String after = Files.readString(xml);
        assertThat(after).doesNotContain("<name>RBC</name>").contains("<name>WBC</name>");
        // folder and path say where the image is now, as after any save (labelImg does the same)
        assertThat(withoutPlace(after.replace("<name>red_cell</name>", "<name>RBC</name>")))
                .isEqualTo(withoutPlace(before));

        assertThat(ClassEditUndo.latest(dir)).contains("rename 'RBC' -> 'red_cell'");
        assertThat(ClassEditUndo.undoLatest(dir).written()).isEqualTo(1);
        assertThat(Files.readString(xml)).isEqualTo(before);
        assertThat(ClassEditUndo.latest(dir)).as("an undone edit is not offered again").isEmpty();
    }

    private static String withoutPlace(String xml) {
        return xml.replaceAll("<folder>.*</folder>|<path>.*</path>", "");
    }

    @Test
    void vocFileWhoseCoordinatesTheWriterWouldRoundIsLeftAloneAndNamed() throws Exception {
        TestJpegs.uniformGray(dir.resolve("a.jpg"), 64, 48);
        Path xml = dir.resolve("a.xml");
        String text = "<annotation><filename>a.jpg</filename><size><width>64</width><height>48</height>"
                + "<depth>1</depth></size><object><name>cat</name><bndbox><xmin>1.5</xmin><ymin>2</ymin>"
                + "<xmax>20.25</xmax><ymax>30</ymax></bndbox></object></annotation>";
        Files.writeString(xml, text);

        ClassEditPlan plan = ClassEditPlanner.plan(dir, Optional.empty(), ClassEdit.rename("cat", "kitty"));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.refused()).singleElement().satisfies(f -> assertThat(f.message())
                .contains(xml.toString()).contains("more than names"));
        ClassEditRun.run(dir, plan);
        assertThat(Files.readString(xml)).isEqualTo(text);
    }

    private Path plates() throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Path images = Files.createDirectories(dir.resolve("images"));
        for (String name : List.of("classes.txt", "0001.txt", "0002.txt", "0026.txt", "0089.txt", "0101.txt")) {
            Files.copy(Fixtures.annotation("yolo/labelimg-plates/" + name), labels.resolve(name));
            if (!name.equals("classes.txt")) {
                TestJpegs.uniformGray(images.resolve(name.replace(".txt", ".jpg")), 1024, 768);
            }
        }
        return images;
    }

    @Test
    void yoloRenameChangesOnlyTheNameLineOfClassesTxt() throws Exception {
        Path images = plates();
        Path classes = dir.resolve("labels/classes.txt");
        List<String> names = Files.readAllLines(classes);
        byte[] label = Files.readAllBytes(dir.resolve("labels/0026.txt"));

        ClassEditResult result = run(images, ClassEdit.rename(names.get(17), "RAF 797 U?"));
        assertThat(result.written()).isEqualTo(1);
        List<String> expected = new ArrayList<>(names);
        expected.set(17, "RAF 797 U?");
        assertThat(Files.readAllLines(classes)).isEqualTo(expected);
        assertThat(Files.readAllBytes(dir.resolve("labels/0026.txt"))).isEqualTo(label);
    }

    @Test
    void yoloMergeRewritesOnlyTheMergedIdsAndKeepsEveryOtherIdAndTheClassList() throws Exception {
        Path images = plates();
        Path classes = dir.resolve("labels/classes.txt");
        byte[] classesBefore = Files.readAllBytes(classes);
        List<String> names = Files.readAllLines(classes);

        ClassEditPlan plan = ClassEditPlanner.plan(images, Optional.empty(),
                ClassEdit.merge(List.of(names.get(16), names.get(17)), names.get(1)));
        assertThat(plan.summary()).isEqualTo("3 boxes in 2 files; 2 files to write");
        ClassEditRun.run(images, plan);

        assertThat(Files.readAllBytes(classes)).as("ids never move: the list keeps every name").isEqualTo(classesBefore);
        assertThat(Files.readString(dir.resolve("labels/0026.txt")))
                .isEqualTo("1 0.229980 0.593099 0.112305 0.066406\n1 0.094238 0.344401 0.100586 0.053385\n");
        assertThat(Files.readString(dir.resolve("labels/0089.txt")))
                .isEqualTo("1 0.119141 0.251953 0.072266 0.045573\n31 0.438477 0.508464 0.119141 0.092448\n");
        assertThat(Files.readString(dir.resolve("labels/0001.txt"))).startsWith("0 ");
        assertThat(Files.readString(dir.resolve("labels/0101.txt"))).startsWith("35 ");
    }

    @Test
    void yoloMergeIntoANewNameAppendsItAndUndoTakesItBack() throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("classes.txt"), "dog\r\ncat\r\nfox\r\n");
        Files.writeString(labels.resolve("a.txt"), "0 0.5 0.5 0.2 0.2\r\n2 0.1 0.1 0.1 0.1\r\n1  0.3 0.3 0.1 0.1");
        Path images = Files.createDirectories(dir.resolve("images"));
        TestJpegs.uniformGray(images.resolve("a.jpg"), 64, 48);

        run(images, ClassEdit.merge(List.of("dog", "fox"), "canid"));
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("dog\r\ncat\r\nfox\r\ncanid\r\n");
        assertThat(Files.readString(labels.resolve("a.txt")))
                .isEqualTo("3 0.5 0.5 0.2 0.2\r\n3 0.1 0.1 0.1 0.1\r\n1  0.3 0.3 0.1 0.1");

        ClassEditUndo.undoLatest(images);
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("dog\r\ncat\r\nfox\r\n");
        assertThat(Files.readString(labels.resolve("a.txt")))
                .isEqualTo("0 0.5 0.5 0.2 0.2\r\n2 0.1 0.1 0.1 0.1\r\n1  0.3 0.3 0.1 0.1");
    }

    @Test
    void createMlMergeRenamesEveryEntryOfTheSharedFile() throws Exception {
        Path json = dir.resolve("_annotations.createml.json");
        Files.copy(Fixtures.annotation("createml/roadsign__annotations.json"), json);
        ObjectMapper mapper = new ObjectMapper();
        for (JsonNode entry : mapper.readTree(json.toFile())) {
            TestJpegs.uniformGray(dir.resolve(entry.get("image").asText()), 1600, 1200);
        }

        ClassEditPlan plan = ClassEditPlanner.plan(dir, Optional.empty(), ClassEdit.merge(List.of("A7", "P14"), "sign"));
        assertThat(plan.summary()).isEqualTo("60 boxes in 1 file; 1 file to write");
        ClassEditRun.run(dir, plan);

        List<String> labels = new ArrayList<>();
        mapper.readTree(json.toFile()).forEach(e -> e.get("annotations").forEach(a -> labels.add(a.get("label").asText())));
        assertThat(labels).hasSize(96).containsOnly("sign", "B20").filteredOn("B20"::equals).hasSize(36);
    }

    @Test
    void yoloLabelsNamedByDataYamlAloneAreNamedAndLeftAlone() throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(dir.resolve("data.yaml"), "names: [dog, cat]\n");
        Files.writeString(labels.resolve("a.txt"), "0 0.5 0.5 0.2 0.2\n");
        Path images = Files.createDirectories(dir.resolve("images"));
        TestJpegs.uniformGray(images.resolve("a.jpg"), 64, 48);

        ClassEditPlan plan = ClassEditPlanner.plan(images, Optional.empty(), ClassEdit.merge(List.of("dog"), "cat"));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.refused()).singleElement().satisfies(f -> assertThat(f.message())
                .contains(labels.resolve("a.txt").toString()).contains("no classes.txt"));
        ClassEditRun.run(images, plan);
        assertThat(Files.readString(labels.resolve("a.txt"))).isEqualTo("0 0.5 0.5 0.2 0.2\n");
    }

    @Test
    void anImageAnnotatedInVocAndYoloGetsBothFilesChanged() throws Exception {
        Files.copy(Fixtures.annotation("pairs/bccd-zero-area-box/BloodImage_00338.xml"),
                dir.resolve("BloodImage_00338.xml"));
        Files.copy(Fixtures.annotation("pairs/bccd-zero-area-box/BloodImage_00338.jpg"),
                dir.resolve("BloodImage_00338.jpg"));
        Files.writeString(dir.resolve("classes.txt"), "WBC\nRBC\n");
        Files.writeString(dir.resolve("BloodImage_00338.txt"), "1 0.5 0.5 0.1 0.1\n0 0.2 0.2 0.1 0.1\n");

        ClassEditPlan plan = ClassEditPlanner.plan(dir, Optional.empty(), ClassEdit.merge(List.of("RBC", "WBC"), "cell"));
        assertThat(plan.summary()).isEqualTo("16 boxes in 2 files; 3 files to write");
        assertThat(plan.classLists()).containsExactly(dir.resolve("classes.txt").toAbsolutePath().normalize());
        ClassEditRun.run(dir, plan);
        assertThat(Files.readString(dir.resolve("BloodImage_00338.xml"))).doesNotContain("BC</name>");
        assertThat(Files.readString(dir.resolve("classes.txt"))).isEqualTo("WBC\nRBC\ncell\n");
        assertThat(Files.readString(dir.resolve("BloodImage_00338.txt")))
                .isEqualTo("2 0.5 0.5 0.1 0.1\n2 0.2 0.2 0.1 0.1\n");
    }

    @Test
    void twoImagesSharingOneAnnotationFileAreNamedAndTheirFileLeftAlone() throws Exception {
        TestJpegs.uniformGray(dir.resolve("a.jpg"), 64, 48);
        TestJpegs.uniformGray(dir.resolve("a.png"), 64, 48);
        Path xml = dir.resolve("a.xml");
        String text = "<annotation><filename>a.jpg</filename><object><name>cat</name><bndbox><xmin>1</xmin>"
                + "<ymin>2</ymin><xmax>20</xmax><ymax>30</ymax></bndbox></object></annotation>";
        Files.writeString(xml, text);
        Path labels = Files.createDirectories(dir.resolve("yolo"));
        Files.writeString(labels.resolve("classes.txt"), "dog\ncat\n");
        Path txt = labels.resolve("a.txt");
        Files.writeString(txt, "1 0.5 0.5 0.2 0.2\n");

        ClassEditPlan voc = ClassEditPlanner.plan(dir, Optional.empty(), ClassEdit.merge(List.of("cat"), "pet"));
        ClassEditRun.run(dir, voc);
        ClassEditPlan yolo = ClassEditPlanner.plan(dir, Optional.of(labels), ClassEdit.merge(List.of("cat"), "pet"));
        ClassEditRun.run(dir, yolo);

        assertThat(Files.readString(xml)).isEqualTo(text);
        assertThat(Files.readString(txt)).isEqualTo("1 0.5 0.5 0.2 0.2\n");
        assertThat(voc.refused()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("a.jpg and a.png share this one annotation file"));
        assertThat(yolo.refused()).anySatisfy(f -> assertThat(f.message())
                .contains(txt.toString()).contains("a.jpg and a.png share"));
    }

    @Test
    void renameToANameInUseIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path xml = dir.resolve("BloodImage_00338.xml");
        Files.copy(Fixtures.annotation("pairs/bccd-zero-area-box/BloodImage_00338.xml"), xml);
        Files.copy(Fixtures.annotation("pairs/bccd-zero-area-box/BloodImage_00338.jpg"),
                dir.resolve("BloodImage_00338.jpg"));
        ClassEditPlan plan = ClassEditPlanner.plan(dir, Optional.empty(), ClassEdit.rename("RBC", "WBC"));
        assertThat(plan.blocked()).hasValueSatisfying(why -> assertThat(why).contains("merge"));
        assertThat(plan.canRun()).isFalse();
    }

    @Test
    void undoRefusesWhenAFileChangedSinceAndRestoresNothing() throws Exception {
        Path images = plates();
        List<String> names = Files.readAllLines(dir.resolve("labels/classes.txt"));
        run(images, ClassEdit.merge(List.of(names.get(16), names.get(17)), names.get(0)));
        Path edited = dir.resolve("labels/0089.txt");
        Files.writeString(edited, "0 0.5 0.5 0.1 0.1\n");
        String other = Files.readString(dir.resolve("labels/0026.txt"));

        ClassEditResult undo = ClassEditUndo.undoLatest(images);
        assertThat(undo.written()).isZero();
        assertThat(undo.skipped()).singleElement().satisfies(f -> assertThat(f.message())
                .contains(edited.toString()).contains("changed since"));
        assertThat(Files.readString(edited)).isEqualTo("0 0.5 0.5 0.1 0.1\n");
        assertThat(Files.readString(dir.resolve("labels/0026.txt"))).isEqualTo(other);
    }

    @Test
    void undoAfterARunStoppedMidwayRestoresWhatWasWrittenAndNeedsNothingForTheRest() throws Exception {
        Path images = plates();
        List<String> names = Files.readAllLines(dir.resolve("labels/classes.txt"));
        String before26 = Files.readString(dir.resolve("labels/0026.txt"));
        String before89 = Files.readString(dir.resolve("labels/0089.txt"));
        run(images, ClassEdit.merge(List.of(names.get(16), names.get(17)), names.get(0)));
        // as if the run had been killed before its second file: that file still holds its old bytes
        Files.writeString(dir.resolve("labels/0089.txt"), before89);

        ClassEditResult undo = ClassEditUndo.undoLatest(images);
        assertThat(undo.skipped()).isEmpty();
        assertThat(undo.written()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("labels/0026.txt"))).isEqualTo(before26);
        assertThat(Files.readString(dir.resolve("labels/0089.txt"))).isEqualTo(before89);
    }

    @Test
    void aDamagedBackupCopyStopsTheUndoBeforeAnyFileIsWritten() throws Exception {
        Path images = plates();
        List<String> names = Files.readAllLines(dir.resolve("labels/classes.txt"));
        ClassEditResult result = run(images, ClassEdit.merge(List.of(names.get(16), names.get(17)), names.get(0)));
        String after26 = Files.readString(dir.resolve("labels/0026.txt"));
        Files.writeString(result.backup().orElseThrow().resolve("1.bak"), "damaged");

        assertThatThrownBy(() -> ClassEditUndo.undoLatest(images)).hasMessageContaining("1.bak")
                .hasMessageContaining("nothing was undone");
        assertThat(Files.readString(dir.resolve("labels/0026.txt"))).isEqualTo(after26);
    }

    @Test
    void aFileSavedBetweenPreviewAndRunIsLeftAsItIs() throws Exception {
        Path images = plates();
        List<String> names = Files.readAllLines(dir.resolve("labels/classes.txt"));
        ClassEditPlan plan = ClassEditPlanner.plan(images, Optional.empty(),
                ClassEdit.merge(List.of(names.get(16), names.get(17)), names.get(0)));
        Path saved = dir.resolve("labels/0026.txt");
        Files.writeString(saved, "16 0.5 0.5 0.1 0.1\n");

        ClassEditResult result = ClassEditRun.run(images, plan);
        assertThat(result.written()).isEqualTo(1);
        assertThat(result.skipped()).singleElement().satisfies(f -> assertThat(f.message()).contains(saved.toString()));
        assertThat(Files.readString(saved)).isEqualTo("16 0.5 0.5 0.1 0.1\n");
    }
}
