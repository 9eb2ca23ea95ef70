package dev.labelj.settings;

import java.io.IOException;

/**
 * The settings file is left as it is during this run (written by a newer LabelJ, or unusable and not
 * movable aside), so an operation that must write it, such as a reset, was not done.
 */
public final class SavingBlockedException extends IOException {
    private final transient LoadProblem problem;

    SavingBlockedException(LoadProblem problem) {
        super("the settings file " + problem.file() + " is not written during this run (" + problem.kind() + ")");
        this.problem = problem;
    }

    /** Why the file is left alone. */
    public LoadProblem problem() {
        return problem;
    }
}
