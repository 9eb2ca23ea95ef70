package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate says what convert says of a folder, FIFO or device named like an annotation: it is not one. */
class ValidateOddFilesTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private void png(Path file) throws Exception {
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), "png", file.toFile());
    }

    @Test
    void oddFilesNamedLikeAnnotationsAreErrorsNamingWhatTheyAre() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        png(images.resolve("folder.png"));
        Files.createDirectories(images.resolve("folder.xml"));
        png(images.resolve("device.png"));
        Files.createSymbolicLink(images.resolve("device.xml"), Path.of("/dev/null"));
        png(images.resolve("fifo.png"));
        assertThat(new ProcessBuilder("mkfifo", images.resolve("fifo.xml").toString()).start().waitFor()).isZero();
        png(images.resolve("none.png"));

        for (String[] format : List.of(new String[0], new String[] {"--format", "voc"})) {
            List<String> args = new ArrayList<>(List.of("validate", images.toString(), "--json"));
            args.addAll(List.of(format));
            cli.clearOut();
            assertThat(cli.run(args.toArray(String[]::new))).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(cli.out());
            List<String> messages = new ArrayList<>();
            json.get("findings").forEach(f -> {
                if (f.get("code").asText().equals("unreadable-annotation")) {
                    messages.add(f.get("message").asText());
                }
            });
            assertThat(messages).as(String.join(" ", format)).hasSize(3)
                    .anySatisfy(m -> assertThat(m).contains("folder.xml", "a folder"))
                    .anySatisfy(m -> assertThat(m).contains("device.xml", "device"))
                    .anySatisfy(m -> assertThat(m).contains("fifo.xml", "pipe"));
        }
    }
}
