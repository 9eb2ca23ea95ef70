package dev.labelj.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The annotation files of one image as the window saw them when it read its boxes: one stamp for each place a
 * format keeps that image's annotation (docs/adr/0130-changed-on-disk.md). A save compares them with the disk
 * first, so nothing another program or window wrote in the meantime is overwritten without asking.
 */
public record DiskState(Path image, List<FileStamp> stamps) {
    public DiskState {
        stamps = List.copyOf(stamps);
    }

    /** The first file whose content differs from what {@code now} shows, if any. */
    public Optional<Path> firstChangeIn(DiskState now) {
        for (FileStamp seen : stamps) {
            Optional<FileStamp> current = now.stamps.stream().filter(s -> s.file().equals(seen.file())).findFirst();
            if (current.isPresent() && !seen.sameContentAs(current.get())) {
                return Optional.of(seen.file());
            }
        }
        return Optional.empty();
    }
}
