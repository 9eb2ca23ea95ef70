package dev.labelj.assist;

import dev.labelj.model.Box;

/**
 * One box a model proposes, in image pixels of the oriented image, labelled with the class it maps to.
 *
 * @param box        the box, label already mapped to the dataset's class name
 * @param score      the model's confidence, 0..1
 * @param modelClass the model's class id
 */
public record Proposal(Box box, double score, int modelClass) {
}
