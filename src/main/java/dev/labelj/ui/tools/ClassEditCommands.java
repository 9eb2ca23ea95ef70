package dev.labelj.ui.tools;

import dev.labelj.dataset.ClassEditPlan;
import dev.labelj.dataset.ClassEditPlanner;
import dev.labelj.dataset.ClassEditResult;
import dev.labelj.dataset.ClassEditRun;
import dev.labelj.dataset.ClassEditUndo;
import dev.labelj.dataset.ConvertReport;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.SessionFiles;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * Tools → Rename / Merge Class… and Tools → Undo Class Edit: what {@code labelj classes} does, on the open folder
 * with its save dir. The open image's unsaved boxes are saved or discarded first, the preview is shown before
 * anything is written, the work runs in the background, and the folder is opened again at the same image so it
 * shows the new names.
 */
final class ClassEditCommands {
    private static final int SHOWN_PROBLEMS = 20;
    private final JFrame window;
    private final ImageSession session;

    ClassEditCommands(JFrame window, ImageSession session) {
        this.window = window;
        this.session = session;
    }

    void defineIn(AppActions actions) {
        actions.define(ActionId.EDIT_CLASSES, () -> session.leaveImageThen(this::ask), () -> session.root() != null);
        actions.define(ActionId.UNDO_CLASS_EDIT, () -> session.leaveImageThen(this::undo), () -> session.root() != null);
    }

    private void ask() {
        SessionFiles files = session.files();
        ClassEditDialog.ask(window, "").ifPresent(edit ->
                BackgroundRun.start(window, Messages.get("tools.reading"),
                        progress -> ClassEditPlanner.plan(files.imageRoot(), files.saveDir(), edit),
                        plan -> confirm(files, plan)));
    }

    private void confirm(SessionFiles files, ClassEditPlan plan) {
        String text = plan.edit().describe() + ": " + plan.summary() + plan.classLists().stream()
                .map(list -> "\n" + Messages.get("classEdit.classList", list)).collect(Collectors.joining())
                + problems(plan.refused());
        if (!plan.canRun()) {
            show("classEditPreview", text, JOptionPane.WARNING_MESSAGE);
            return;
        }
        int answer = JOptionPane.showConfirmDialog(window, area("classEditPreview", text + "\n\n"
                + Messages.get("classEdit.confirm")), Messages.get("classEdit.title"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.QUESTION_MESSAGE);
        if (answer == JOptionPane.OK_OPTION) {
            BackgroundRun.start(window, Messages.get("classEdit.writing"),
                    progress -> ClassEditRun.run(files.imageRoot(), plan, Clock.systemUTC(), progress),
                    result -> done(Messages.get("classEdit.done", result.written(), plan.changes().size(),
                            result.backup().map(Path::toString).orElse("")), result));
        }
    }

    private void undo() {
        SessionFiles files = session.files();
        Optional<String> latest;
        try {
            latest = ClassEditUndo.latest(files.imageRoot());
        } catch (java.io.IOException e) {
            latest = Optional.empty();
        }
        if (latest.isEmpty()) {
            show("classEditResult", Messages.get("classEdit.nothingToUndo"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String edit = latest.get();
        if (JOptionPane.showConfirmDialog(window, Messages.get("classEdit.undoConfirm", edit),
                Messages.get("classEdit.title"), JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
            BackgroundRun.start(window, Messages.get("classEdit.writing"),
                    progress -> ClassEditUndo.undoLatest(files.imageRoot()),
                    result -> done(result.skipped().isEmpty() ? Messages.get("classEdit.undone", edit, result.written())
                            : Messages.get("classEdit.notUndone", edit), result));
        }
    }

    /** Says what was written, then opens the folder again at the same image so it shows the new names. */
    private void done(String summary, ClassEditResult result) {
        Path current = session.index() >= 0 ? session.images().get(session.index()) : null;
        session.reopenAt(current);
        show("classEditResult", summary + problems(result.skipped()),
                result.skipped().isEmpty() ? JOptionPane.INFORMATION_MESSAGE : JOptionPane.WARNING_MESSAGE);
    }

    private static String problems(List<ConvertReport.Failure> failures) {
        return failures.isEmpty() ? "" : "\n\n" + failures.stream().limit(SHOWN_PROBLEMS)
                .map(ConvertReport.Failure::message).collect(Collectors.joining("\n"));
    }

    private void show(String name, String text, int type) {
        JOptionPane.showMessageDialog(window, area(name, text), Messages.get("classEdit.title"), type);
    }

    private static JScrollPane area(String name, String text) {
        JTextArea area = new JTextArea(text, 8, 60);
        area.setName(name);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        return new JScrollPane(area);
    }
}
