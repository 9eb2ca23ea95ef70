package dev.labelj.dataset;

import java.nio.file.Path;

/** Told after each image, on the converting thread; a UI hops to its own thread itself. */
@FunctionalInterface
public interface ConvertProgress {
    ConvertProgress NONE = (done, total, image) -> { };

    void imageDone(int done, int total, Path image);
}
