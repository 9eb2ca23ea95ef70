package dev.labelj.image;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fast path for loading OpenCV's native libraries on Linux: once the JavaCPP loader has unpacked
 * them into its cache, loading exactly the libraries {@code libopencv_java.so} needs with
 * {@link System#load} takes about 0.13 s, against 2-3 s for the general loader, which also probes
 * for optional CUDA libraries and initialises every OpenCV module's wrapper class (see ADR 0021).
 * Anything unexpected (first run, other OS, changed jar, a library that will not load) returns false
 * and the caller falls back to the general loader.
 */
final class CachedNatives {
    private static final String OPENCV_JNI = "libopencv_java.so";
    /** JavaCPP's own natives: its native memory ({@code BytePointer}) for the files and the fitted pixels. */
    private static final String JAVACPP_JNI = "libjnijavacpp.so";
    /**
     * Tells JavaCPP that its libraries were loaded by other means: otherwise the first native memory taken (the
     * first image's file) ran JavaCPP's general loader, 45-60 ms of a core at every start (docs/adr/0183).
     */
    private static final String LOAD_LIBRARIES = "org.bytedeco.javacpp.loadlibraries";
    private static final List<String> OPENBLAS = List.of("libgcc_s.so.1", "libquadmath.so.0", "libgfortran.so.5",
            "libopenblas.so.0");

    private CachedNatives() {
    }

    static boolean load() {
        Optional<String> platform = linuxPlatform();
        if (platform.isEmpty() || System.getProperty("org.bytedeco.javacpp.cachedir.nosubdir") != null) {
            return false;
        }
        String loadLibraries = System.getProperty(LOAD_LIBRARIES);
        try {
            Optional<Path> opencv = unpackedDir("org/bytedeco/opencv/" + platform.get() + "/", OPENCV_JNI);
            Optional<Path> openblas = unpackedDir("org/bytedeco/openblas/" + platform.get() + "/", "libopenblas.so.0");
            Optional<Path> javacpp = unpackedDir("org/bytedeco/javacpp/" + platform.get() + "/", JAVACPP_JNI);
            if (opencv.isEmpty() || openblas.isEmpty() || javacpp.isEmpty()) {
                return false;
            }
            List<Path> libraries = new ArrayList<>();
            libraries.add(javacpp.get().resolve(JAVACPP_JNI));
            libraries.addAll(libraries(opencv.get(), openblas.get()));
            // before JavaCPP's library is loaded: loading it initialises its classes, which would run its loader
            System.setProperty(LOAD_LIBRARIES, "false");
            if (loadAll(libraries)) {
                return true;
            }
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            // the general loader takes over
        }
        // which must then load what it needs itself
        if (loadLibraries == null) {
            System.clearProperty(LOAD_LIBRARIES);
        } else {
            System.setProperty(LOAD_LIBRARIES, loadLibraries);
        }
        return false;
    }

    private static Optional<String> linuxPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.startsWith("linux")) {
            return Optional.empty();
        }
        return switch (arch) {
            case "amd64", "x86_64" -> Optional.of("linux-x86_64");
            case "aarch64" -> Optional.of("linux-arm64");
            default -> Optional.empty();
        };
    }

    /**
     * Where the JavaCPP loader unpacked {@code resource}: its cache holds each jar's natives under
     * the jar's file name. Only trusted when the unpacked file has the size of the one in the jar.
     */
    private static Optional<Path> unpackedDir(String folder, String library) throws IOException {
        URL url = CachedNatives.class.getClassLoader().getResource(folder + library);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        String spec = url.getPath();
        int bang = spec.indexOf("!/");
        String jarName = Path.of(spec.substring(0, bang).replaceFirst("^file:", "")).getFileName().toString();
        Path unpacked = cacheDir().resolve(jarName).resolve(folder).resolve(library);
        URLConnection connection = url.openConnection();
        connection.setUseCaches(true);
        if (!Files.isRegularFile(unpacked) || Files.size(unpacked) != connection.getContentLengthLong()) {
            return Optional.empty();
        }
        return Optional.of(unpacked.getParent());
    }

    private static Path cacheDir() {
        String configured = System.getProperty("org.bytedeco.javacpp.cachedir",
                System.getProperty("org.bytedeco.javacpp.cacheDir"));
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
    }

    private static List<Path> libraries(Path opencv, Path openblas) throws IOException {
        List<Path> libraries = new ArrayList<>();
        for (String name : OPENBLAS) {
            libraries.add(openblas.resolve(name));
        }
        try (Stream<Path> files = Files.list(opencv)) {
            files.filter(f -> f.getFileName().toString().matches("libopencv_[a-z0-9_]+\\.so\\.\\d+"))
                    .sorted()
                    .forEach(libraries::add);
        }
        libraries.add(opencv.resolve(OPENCV_JNI));
        return libraries;
    }

    /**
     * Loads in dependency order without knowing it: a library whose dependencies are not loaded yet
     * fails and is tried again in the next round. Gives up when a round makes no progress.
     */
    private static boolean loadAll(List<Path> libraries) {
        List<Path> pending = libraries;
        while (!pending.isEmpty()) {
            List<Path> failed = new ArrayList<>();
            for (Path library : pending) {
                try {
                    System.load(library.toString());
                } catch (UnsatisfiedLinkError e) {
                    failed.add(library);
                }
            }
            if (failed.size() == pending.size()) {
                return false;
            }
            pending = failed;
        }
        return true;
    }
}
