package dev.labelj.ui.actions;

import dev.labelj.settings.LoadProblem;
import dev.labelj.settings.ResetScope;
import dev.labelj.settings.SavingBlockedException;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.support.Tasks;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.session.SettingsStartup;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * File → Reset Settings…: asks "history only", "everything" or cancel, resets on a worker thread
 * (backup kept), then applies the result to the open window without a restart.
 */
public final class ResetSettingsCommand implements Runnable {
    private final Component parent;
    private final SettingsStore store;
    private final Consumer<ResetScope> applyLive;
    private final Consumer<String> status;
    private final ExecutorService worker = Tasks.worker("settings-reset");

    /** {@code applyLive}: puts the reset settings into effect in the open window, told what was reset. */
    public ResetSettingsCommand(Component parent, SettingsStore store, Consumer<ResetScope> applyLive,
            Consumer<String> status) {
        this.parent = parent;
        this.store = store;
        this.applyLive = applyLive;
        this.status = status;
    }

    @Override
    public void run() {
        String[] choices = {Messages.get("reset.historyOnly"), Messages.get("reset.everything"),
                Messages.get("reset.cancel")};
        int choice = JOptionPane.showOptionDialog(parent, Messages.get("reset.question", store.file()),
                Messages.get("reset.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                choices, choices[2]);
        if (choice == 0) {
            reset(ResetScope.HISTORY_ONLY);
        } else if (choice == 1) {
            reset(ResetScope.EVERYTHING);
        }
    }

    private void reset(ResetScope scope) {
        worker.execute(() -> {
            try {
                Optional<Path> backup = store.reset(scope);
                SwingUtilities.invokeLater(() -> {
                    applyLive.accept(scope);
                    status.accept(SettingsStartup.resetDone(backup));
                });
            } catch (SavingBlockedException e) {
                SwingUtilities.invokeLater(() -> status.accept(blockedMessage(e.problem())));
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> status.accept(Messages.get("status.settingsResetFailed", e)));
            }
        });
    }

    private static String blockedMessage(LoadProblem problem) {
        return Messages.get(problem.kind() == LoadProblem.Kind.NEWER_VERSION
                ? "status.settingsResetBlockedNewer" : "status.settingsResetBlockedNotMoved", problem.file());
    }
}
