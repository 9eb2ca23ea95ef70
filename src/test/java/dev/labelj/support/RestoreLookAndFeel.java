package dev.labelj.support;

import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** For tests that switch the look and feel: each test leaves Swing in the look it found. */
public final class RestoreLookAndFeel implements BeforeEachCallback, AfterEachCallback {
    private LookAndFeel before;

    @Override
    public void beforeEach(ExtensionContext context) {
        before = UIManager.getLookAndFeel();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        GuiActionRunner.execute(() -> {
            try {
                UIManager.setLookAndFeel(before);
            } catch (UnsupportedLookAndFeelException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
