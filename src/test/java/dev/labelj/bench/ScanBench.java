package dev.labelj.bench;

import dev.labelj.image.ImageFolder;
import java.nio.file.Path;

/** Scan of 100,000 (empty) image files to a naturally sorted list. */
final class ScanBench {
    private ScanBench() {
    }

    static void run(Path folder, int count, Table table) throws Exception {
        BenchInputs.emptyImages(folder, count);
        int[] found = new int[1];
        Samples samples = Samples.time(1, 7, () -> found[0] = ImageFolder.scan(folder).size());
        if (found[0] != count) {
            throw new IllegalStateException("scan found " + found[0] + " of " + count);
        }
        table.add("scan " + count + " image files (10 folders) to a sorted list", samples, "");
    }
}
