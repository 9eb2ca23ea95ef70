package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.TestJpegs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labelj classes rename|merge|undo} on a YOLO dataset in the images/labels layout. */
class ClassesCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private Path images;
    private Path labels;

    @BeforeEach
    void dataset() throws Exception {
        images = Files.createDirectories(dir.resolve("images"));
        labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("classes.txt"), "dog\ncat\nfox\n");
        Files.writeString(labels.resolve("a.txt"), "0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n");
        Files.writeString(labels.resolve("b.txt"), "2 0.5 0.5 0.2 0.2\n");
        TestJpegs.uniformGray(images.resolve("a.jpg"), 64, 48);
        TestJpegs.uniformGray(images.resolve("b.jpg"), 64, 48);
    }

    @Test
    void dryRunPreviewsAndWritesNothing() throws Exception {
        int code = cli.run("classes", "merge", "dog", "fox", "--into", "cat", images.toString(), "--dry-run");
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("merge 'dog', 'fox' -> 'cat': 2 boxes in 2 files; 2 files to write")
                .contains("dry run: nothing was written");
        assertThat(Files.readString(labels.resolve("a.txt"))).startsWith("0 ");
        assertThat(dir.resolve("images/.labelj")).doesNotExist();
    }

    @Test
    void mergeThenUndo() throws Exception {
        assertThat(cli.run("classes", "merge", "dog", "fox", "--into", "cat", images.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(labels.resolve("a.txt"))).isEqualTo("1 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n");
        assertThat(Files.readString(labels.resolve("b.txt"))).isEqualTo("1 0.5 0.5 0.2 0.2\n");
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("dog\ncat\nfox\n");
        assertThat(cli.out()).contains("wrote 2 of 2 files").contains("labelj classes undo");

        assertThat(cli.run("classes", "undo", images.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("undid merge 'dog', 'fox' -> 'cat': restored 2 files");
        assertThat(Files.readString(labels.resolve("a.txt"))).isEqualTo("0 0.5 0.5 0.2 0.2\n1 0.3 0.3 0.1 0.1\n");
        assertThat(cli.run("classes", "undo", images.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no class edit to undo");
    }

    @Test
    void renameToAClassInUseIsABadArgumentAndChangesNothing() throws Exception {
        assertThat(cli.run("classes", "rename", "dog", "cat", images.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("labelj classes rename:").contains("'cat' is already class 1").contains("merge");
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("dog\ncat\nfox\n");
    }

    @Test
    void renameWithLabelsFolderGiven() throws Exception {
        assertThat(cli.run("classes", "rename", "fox", "vixen", images.toString(), "--labels", labels.toString()))
                .as(cli.err()).isZero();
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("dog\ncat\nvixen\n");
        assertThat(cli.out()).contains("class list: " + labels.resolve("classes.txt"));
        assertThat(Files.readString(labels.resolve("b.txt"))).isEqualTo("2 0.5 0.5 0.2 0.2\n");
    }
}
