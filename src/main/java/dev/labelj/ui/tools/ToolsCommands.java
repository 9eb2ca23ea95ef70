package dev.labelj.ui.tools;

import dev.labelj.dataset.ConvertProgress;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.dataset.DatasetStats;
import dev.labelj.dataset.DatasetValidator;
import dev.labelj.dataset.Finding;
import dev.labelj.document.BoxSelection;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.SessionFiles;
import dev.labelj.ui.support.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JOptionPane;

/**
 * The Tools menu: statistics and validation of the open folder, read with the session's save dir and format.
 * The only part of the window that uses the batch dataset code (ADR 0055).
 */
public final class ToolsCommands {
    private final JFrame window;
    private final ImageSession session;
    private final BoxSelection selection;

    public ToolsCommands(JFrame window, ImageSession session, BoxSelection selection) {
        this.window = window;
        this.session = session;
        this.selection = selection;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.DATASET_STATS, this::showStats, () -> session.root() != null);
        actions.define(ActionId.VALIDATE_DATASET, this::validate, () -> session.root() != null);
        actions.define(ActionId.EXPORT_DATASET, this::export, () -> session.root() != null);
        new ClassEditCommands(window, session).defineIn(actions);
    }

    private void showStats() {
        SessionFiles files = session.files();
        BackgroundRun.start(window, Messages.get("tools.reading"),
                progress -> DatasetStats.of(read(files, progress)),
                stats -> StatsWindow.show(window, files.imageRoot(), stats));
    }

    private void validate() {
        SessionFiles files = session.files();
        BackgroundRun.start(window, Messages.get("tools.reading"), progress -> {
            DatasetReader.Dataset dataset = read(files, progress);
            return DatasetValidator.validate(dataset, files.store().options().fallbackClasses());
        }, findings -> FindingsWindow.show(window, files.imageRoot(), findings, this::openFinding));
    }

    private void export() {
        SessionFiles files = session.files();
        ExportDialog.ask(window, files.imageRoot(), files.format()).ifPresent(choice -> {
            ExportJob job = new ExportJob(files.imageRoot(), files.saveDir(), choice.format(), choice.outDir(),
                    files.store().options().fallbackClasses());
            BackgroundRun.start(window, Messages.get("tools.exporting"), job::run,
                    report -> ExportResult.show(window, choice, report));
        });
    }

    /**
     * Annotations are found in labelImg's order (VOC, YOLO, CreateML), as the window reads them; Cancel stops the
     * reading at the next file through {@code progress}.
     */
    private static DatasetReader.Dataset read(SessionFiles files, ConvertProgress progress) throws IOException {
        return DatasetReader.read(files.imageRoot(), files.saveDir(), Optional.empty(),
                files.store().options().fallbackClasses(), progress);
    }

    /** Opens the image a finding names (through the unsaved-changes prompt) and selects its box. */
    private void openFinding(Finding finding) {
        Optional<Integer> index = FindingImages.indexOf(session.images(), finding.file());
        if (index.isEmpty()) {
            JOptionPane.showMessageDialog(window, Messages.get("tools.noImage", finding.file()));
            return;
        }
        session.addListener(new SelectAfterOpen(session, selection, index.get(), finding.box() - 1));
        session.request(index.get());
    }
}
