package dev.labelj.ui.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Whether the desktop asks for dark windows. FlatLaf has no portable way to ask, so each platform's own
 * setting is read by running its tool once, on a background thread: GNOME's {@code color-scheme} (and the
 * older {@code gtk-theme} name), the Windows {@code AppsUseLightTheme} registry value, macOS's
 * {@code AppleInterfaceStyle}. {@code GTK_THEME=…:dark} in the environment wins, as GTK itself lets it.
 * On Linux the tool runs only inside a desktop session (a session bus or {@code XDG_CURRENT_DESKTOP}): a
 * bare X server has no setting to read. Anything missing, slow or unreadable means light.
 */
public final class DesktopTheme {
    private static final long TOOL_TIMEOUT_MILLIS = 2000;
    private static volatile CompletableFuture<Boolean> detection;

    private DesktopTheme() {
    }

    /** Starts asking the desktop (once per run) on a background thread. */
    public static synchronized CompletableFuture<Boolean> detect() {
        if (detection == null) {
            detection = detectAgain();
        }
        return detection;
    }

    /** Asks the desktop again (the user may have changed it since start-up). */
    public static synchronized CompletableFuture<Boolean> detectAgain() {
        Map<String, String> environment = System.getenv();
        String osName = System.getProperty("os.name", "");
        if (!asksATool(environment, osName)) {
            // answered from the environment alone: no thread, no wait
            detection = CompletableFuture.completedFuture(prefersDark(environment, osName, command -> Optional.empty()));
            return detection;
        }
        CompletableFuture<Boolean> fresh = CompletableFuture.supplyAsync(
                () -> prefersDark(environment, osName, DesktopTheme::run),
                runnable -> {
                    Thread thread = new Thread(runnable, "desktop-theme");
                    thread.setDaemon(true);
                    thread.start();
                });
        detection = fresh;
        return fresh;
    }

    /** The answer, waiting at most {@code millis} for it; light when it is not there by then. */
    static boolean darkWithin(long millis) {
        try {
            return detect().get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code tool} runs a command and gives its output, or empty when it cannot be run. */
    static boolean prefersDark(Map<String, String> environment, String osName,
                               Function<List<String>, Optional<String>> tool) {
        if (environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        if (!asksATool(environment, osName)) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return tool.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes"
                    + "\\Personalize", "/v", "AppsUseLightTheme")).map(DesktopTheme::windowsSaysDark).orElse(false);
        }
        if (os.startsWith("mac")) {
            return tool.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        Optional<String> scheme = tool.apply(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme"));
        if (scheme.isPresent() && !scheme.get().contains("default")) {
            return scheme.get().contains("prefer-dark");
        }
        return tool.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(name -> name.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /**
     * Whether the platform's tool has anything to say: always on Windows and macOS; on other systems only
     * inside a desktop session (a session bus or {@code XDG_CURRENT_DESKTOP}) with no GTK_THEME deciding
     * already — a bare X server (a CI display) has no setting to read.
     */
    static boolean asksATool(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark")) {
            return false;
        }
        return os.startsWith("windows") || os.startsWith("mac") || environment.containsKey("DBUS_SESSION_BUS_ADDRESS")
                || environment.containsKey("XDG_CURRENT_DESKTOP");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsSaysDark(String regOutput) {
        for (String line : regOutput.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                return line.strip().endsWith("0x0");
            }
        }
        return false;
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(TOOL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // the tool is not installed: no answer, so light
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
