package dev.labelj.dataset;

import java.nio.file.Path;

/**
 * One file a class edit rewrites: its bytes as the preview read them and as they will be written. A write
 * happens only while the file still holds {@code before}.
 *
 * @param boxes the boxes of this file whose class changes (0 for a class list)
 */
public record FileChange(Path file, byte[] before, byte[] after, int boxes) {
}
