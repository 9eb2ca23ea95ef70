package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.Box;
import dev.labelj.support.ReadOnlyFolder;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed save raises a typed error and leaves the old file exactly as it was, with no temp file behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesContentAndLeavesNoTempFile() throws Exception {
        Path target = Files.writeString(dir.resolve("a.xml"), "old");
        AtomicFiles.write(target, "new".getBytes());
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writtenFilesAreReadableByOthersLikeTheFileTheyReplace() throws Exception {
        Path created = dir.resolve("new.txt");
        AtomicFiles.write(created, "1".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-r--r--");

        Path shared = Files.writeString(dir.resolve("shared.xml"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, "new".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");

        Path secret = Files.writeString(dir.resolve("secret.json"), "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(secret, "new".getBytes(), AtomicFiles.Durability.AT_THE_END);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(Files.readString(secret)).isEqualTo("new");
    }

    @Test
    void aSymlinkedFileIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("store")).resolve("a.xml"), "old");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("dataset")).resolve("a.xml"), real);

        AtomicFiles.write(link, "new".getBytes());

        assertThat(Files.isSymbolicLink(link)).as("the link is not replaced by a file").isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir.resolve("dataset"))) {
            assertThat(files).containsExactly(link);
        }
    }

    @Test
    void aLinkToNothingAndAFolderInThePlaceOfTheFileAreRefused() throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.xml"), dir.resolve("missing/a.xml"));
        assertThatThrownBy(() -> AtomicFiles.write(dangling, "new".getBytes()))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("gone.xml");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(dir.resolve("missing")).doesNotExist();

        Path folder = Files.createDirectories(dir.resolve("b.xml"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, "new".getBytes()))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("not a regular file");
        assertThat(folder).isDirectory();
    }

    @Test
    void aWriteProtectedFileIsRefusedAndKeptAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xml"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes()))
                .isInstanceOfSatisfying(AnnotationIoException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.WRITE_FAILED);
                    assertThat(e.getMessage()).contains("a.xml").contains("write-protected");
                });
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    }

    @Test
    void createsMissingFolders() throws Exception {
        Path target = dir.resolve("x").resolve("y").resolve("a.txt");
        AtomicFiles.write(target, "1".getBytes());
        assertThat(Files.readString(target)).isEqualTo("1");
    }

    @Test
    void writingIntoAReadOnlyFolderFailsTypedAndKeepsTheOldFileInEveryFormat() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        ImageAnnotation annotation = ImageAnnotation.of(folder.resolve("a.jpg"), new ImageSize(100, 100, 3),
                List.of(Box.of("cat", 1, 2, 30, 40)));
        for (AnnotationFormat format : Formats.all()) {
            Path file = folder.resolve("a." + format.extension());
            Files.writeString(file, "[]");
        }
        Files.writeString(folder.resolve("classes.txt"), "dog\n");
        ReadOnlyFolder.make(folder);
        try {
            for (AnnotationFormat format : Formats.all()) {
                Path file = folder.resolve("a." + format.extension());
                assertThatThrownBy(() -> format.write(file, annotation, FormatOptions.DEFAULT))
                        .as(format.id())
                        .isInstanceOfSatisfying(AnnotationIoException.class, e -> {
                            assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.WRITE_FAILED);
                            assertThat(e.getMessage()).contains(folder.getFileName().toString());
                        });
                assertThat(Files.readString(file)).isEqualTo("[]");
            }
            assertThat(Files.readString(folder.resolve("classes.txt"))).isEqualTo("dog\n");
        } finally {
            ReadOnlyFolder.undo(folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
