package dev.labelj.ui.results;

import com.formdev.flatlaf.FlatLaf;
import dev.labelj.settings.Theme;
import dev.labelj.ui.support.ThemeSupport;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/** Entry points to the viewer: from the command line ({@code labelj results}) and from the main window. */
public final class ResultsViewer {
    private ResultsViewer() {
    }

    /** From the command line: installs the remembered theme, opens a window, returns at once. */
    public static void launch(List<Path> inputs, Theme theme) {
        ThemeSupport.prepare();
        SwingUtilities.invokeLater(() -> {
            ThemeSupport.install(theme);
            show(inputs);
        });
    }

    /** A new viewer window showing these runs (none: an empty window with Open). EDT. */
    public static ResultsWindow show(List<Path> inputs) {
        // Any FlatLaf (light or dark) is the main window's chosen theme: keep it.
        if (!(UIManager.getLookAndFeel() instanceof FlatLaf)) {
            ThemeSupport.setUpLight();
        }
        ResultsWindow window = new ResultsWindow();
        window.setVisible(true);
        if (!inputs.isEmpty()) {
            window.open(inputs);
        }
        return window;
    }
}
