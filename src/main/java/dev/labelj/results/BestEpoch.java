package dev.labelj.results;

/** The row with the highest fitness, its epoch as written in the file, and the fitness value. */
public record BestEpoch(int row, double epoch, double fitness, FitnessRule rule) {
}
