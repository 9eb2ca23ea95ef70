package dev.labelj.dataset;

import dev.labelj.assist.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small VOC dataset with one planted mistake of each kind for the generated YOLOv8 test model. On a 320 x 320
 * picture the model (no letterbox: input 320) finds, in image pixels: person 0.9 at (110,135)-(210,185), car 0.7 at
 * (115,137)-(215,187), car 0.6 at (0,270)-(40,320) (clipped), a dog at (40,40)-(80,80) scored by the picture's
 * mean red, and person 0.2 at (240,240)-(260,260), below the default confidence.
 */
public final class PlantedMistakes {
    /** Red 204: the dog scores 0.8. */
    private static final int RED_08 = 204;
    /** Red 230: the dog scores 230/255. */
    private static final int RED_090 = 230;
    public static final String PERSON = box("person", 110, 135, 210, 185);
    public static final String CAR = box("car", 115, 137, 215, 187);
    public static final String CAR_CORNER = box("car", 0, 270, 40, 320);
    public static final String DOG = box("dog", 40, 40, 80, 80);

    private PlantedMistakes() {
    }

    /**
     * Writes the dataset into {@code folder}: a_loose (dog drawn 4 px too wide all round, IoU 0.64), b_wrong (the
     * corner car labelled dog), c_missing (no dog label; the dog scores 0.90), d_extra (a person where nothing is),
     * e_clean (all four right) and f_unlabelled (no annotation).
     */
    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        image(folder, "a_loose", RED_08, PERSON, CAR, CAR_CORNER, box("dog", 36, 36, 86, 86));
        image(folder, "b_wrong", RED_08, PERSON, CAR, box("dog", 0, 270, 40, 320), DOG);
        image(folder, "c_missing", RED_090, PERSON, CAR, CAR_CORNER);
        image(folder, "d_extra", RED_08, PERSON, CAR, CAR_CORNER, DOG, box("person", 250, 20, 300, 60));
        image(folder, "e_clean", RED_08, PERSON, CAR, CAR_CORNER, DOG);
        TestModels.solidImage(folder.resolve("f_unlabelled.png"), 320, 320, 0, 0, RED_08);
        return folder;
    }

    public static Path image(Path folder, String stem, int red, String... objects) throws IOException {
        Path image = TestModels.solidImage(folder.resolve(stem + ".png"), 320, 320, 0, 0, red);
        Files.writeString(folder.resolve(stem + ".xml"), voc(stem + ".png", List.of(objects)));
        return image;
    }

    public static String box(String name, int xMin, int yMin, int xMax, int yMax) {
        return "<object><name>" + name + "</name><pose>Unspecified</pose><truncated>0</truncated>"
                + "<difficult>0</difficult><bndbox><xmin>" + xMin + "</xmin><ymin>" + yMin + "</ymin><xmax>" + xMax
                + "</xmax><ymax>" + yMax + "</ymax></bndbox></object>";
    }

    private static String voc(String file, List<String> objects) {
        List<String> parts = new ArrayList<>();
        parts.add("<annotation><folder>set</folder><filename>" + file + "</filename><path>" + file + "</path>"
                + "<source><database>Unknown</database></source><size><width>320</width><height>320</height>"
                + "<depth>3</depth></size><segmented>0</segmented>");
        parts.addAll(objects);
        parts.add("</annotation>");
        return String.join("\n", parts);
    }
}
