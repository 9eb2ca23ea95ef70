package dev.labelj.ui.tools;

import dev.labelj.dataset.CocoExport;
import dev.labelj.dataset.ConvertProgress;
import dev.labelj.dataset.ConvertReport;
import dev.labelj.dataset.ConvertRequest;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.dataset.FormatConverter;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tools → Export…: the conversion {@code labelj convert} runs, from the session's save dir into {@code outDir}.
 * Each image's annotation is read in whichever format it has (as the window and Statistics find it: a session
 * may have saved some images as VOC and then others as YOLO). Existing files in {@code outDir} are kept (never
 * overwritten), as the command does without --overwrite.
 */
record ExportJob(Path imageDir, Optional<Path> labelDir, String to, Path outDir, ClassList classes) {
    static final String COCO = "coco";

    ConvertReport run(ConvertProgress progress) throws IOException {
        if (COCO.equals(to)) {
            DatasetReader.Dataset dataset =
                    DatasetReader.read(imageDir, labelDir, Optional.empty(), classes, progress);
            return CocoExport.export(dataset, classes, outDir.resolve(CocoExport.FILE_NAME), false);
        }
        AnnotationFormat target = Formats.byId(to).orElseThrow();
        return FormatConverter.convert(new ConvertRequest(Optional.empty(), target, imageDir, labelDir, outDir, classes,
                false), progress);
    }
}
