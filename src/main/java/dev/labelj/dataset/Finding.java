package dev.labelj.dataset;

import java.nio.file.Path;

/**
 * One problem {@code validate} found: how bad, what kind, and where (file, 1-based line and box when known,
 * else 0).
 */
public record Finding(Severity severity, String code, Path file, int line, int box, String message) {
    public enum Severity { ERROR, WARNING }
}
