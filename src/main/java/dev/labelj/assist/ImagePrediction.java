package dev.labelj.assist;

import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;

/**
 * A model's proposals for one image, best score first, with the image's oriented size (what an annotation
 * file records).
 */
public record ImagePrediction(Path image, ImageSize size, List<Proposal> proposals) {
    public ImagePrediction {
        proposals = List.copyOf(proposals);
    }
}
