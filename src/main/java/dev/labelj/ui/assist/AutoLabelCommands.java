package dev.labelj.ui.assist;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.ImagePrediction;
import dev.labelj.assist.PredictOptions;
import dev.labelj.assist.Proposal;
import dev.labelj.assist.ProposalMerge;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.commands.CommandWindow;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.FileDialogs;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import dev.labelj.ui.tools.FolderPrediction;
import dev.labelj.ui.tools.ModelAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Tools → Auto Label: choose a model (remembered per folder), let it propose boxes for the open image as one
 * undoable edit, accept proposals (Enter), and jump to the next image that still has some. Proposals are
 * ordinary boxes with a score until reviewed; the model never moves or replaces a box that is there.
 */
public final class AutoLabelCommands {
    private final CommandWindow window;
    private final ImageSession session;
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final SettingsStore store;
    private final Supplier<List<String>> classes;
    private final ModelSlot model = new ModelSlot();
    private final ExecutorService predictor = Tasks.worker("predict-image");
    private final ProposalSearch search;
    private final PredictOptions options = PredictOptions.DEFAULT;
    private final ModelAudit audit;
    /** Predictions under way (one image, or a folder run): retired models are closed only when none is. */
    private int running;

    /** {@code classes}: the session's class list now, which model classes are matched to by name. */
    public AutoLabelCommands(CommandWindow window, ImageSession session, AnnotationDocument document,
            BoxSelection selection, SettingsStore store, Supplier<List<String>> classes, ModelAudit audit) {
        this.window = window;
        this.session = session;
        this.document = document;
        this.selection = selection;
        this.store = store;
        this.classes = classes;
        this.search = new ProposalSearch(session);
        this.audit = audit;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.CHOOSE_MODEL, () -> chooseModel(loaded -> { }));
        actions.define(ActionId.PREDICT_IMAGE, this::predictImage, document::isEditable);
        actions.define(ActionId.PREDICT_FOLDER, this::predictFolder, session::isOpen);
        // Enter accepts what a model offers: the fix of a disagreement under review, else the proposals
        actions.define(ActionId.ACCEPT_PROPOSALS, () -> {
            if (audit.isReviewing()) {
                audit.acceptFix();
            } else {
                accept();
            }
        }, () -> audit.isReviewing() || hasProposals());
        actions.define(ActionId.NEXT_PROPOSALS, this::nextWithProposals, session::isOpen);
        actions.define(ActionId.COMPARE_WITH_MODEL, this::compareWithModel, session::isOpen);
    }

    private boolean hasProposals() {
        return document.isEditable() && document.current().boxes().stream().anyMatch(Box::isProposal);
    }

    /** Asks for a model file and loads it; {@code then} runs once it is loaded (not when cancelled). */
    private void chooseModel(Consumer<ModelSlot.Loaded> then) {
        Path first = remembered().map(Path::getParent).orElse(session.root());
        FileDialogs.rememberingIn(store).chooseFile(window.frame(), "chooseModel", first,
                new FileNameExtensionFilter("ONNX", "onnx")).ifPresent(file -> load(file, then));
    }

    /** The model used last in this folder, if any. */
    private Optional<Path> remembered() {
        return session.root() == null ? Optional.empty() : store.history().modelFor(session.root());
    }

    private void load(Path file, Consumer<ModelSlot.Loaded> then) {
        window.showStatus(Messages.get("assist.loading", file.getFileName()));
        model.load(file, loaded -> {
            if (session.root() != null) {
                store.updateHistory(h -> h.withModel(session.root(), file));
            }
            var info = loaded.info();
            window.showStatus(Messages.get("assist.loaded", file.getFileName(), info.layout(), info.inputWidth(),
                    info.inputHeight(), info.classCount()));
            then.accept(loaded);
        }, error -> failed(Messages.get("assist.loadFailed", file, error.getMessage())));
    }

    /** Runs {@code then} with the model loaded: the one open, else the one remembered, else the user's choice. */
    private void withModel(Consumer<ModelSlot.Loaded> then) {
        Optional<Path> remembered = remembered();
        if (model.loaded().isPresent() && (remembered.isEmpty() || model.holds(remembered.get()))) {
            then.accept(model.loaded().get());
        } else if (remembered.isPresent()) {
            load(remembered.get(), then);
        } else {
            window.showStatus(Messages.get("assist.noModel"));
            chooseModel(then);
        }
    }

    /** Runs {@code then} with the model and its classes matched to the list, asking once for the rest. */
    private void withMapping(Consumer<ClassMapping> then) {
        withModel(loaded -> {
            Path file = loaded.info().file();
            Map<String, String> chosen = new HashMap<>(store.history().classesChosenFor(file));
            ClassMapping mapping = ClassMapping.match(loaded.info().names(), classes.get(), chosen);
            if (!mapping.unmatched().isEmpty()) {
                Optional<Map<String, String>> answer = ClassMappingDialog.ask(window.frame(),
                        file.getFileName().toString(), mapping.unmatched(), classes.get());
                if (answer.isEmpty()) {
                    return;
                }
                chosen.putAll(answer.get());
                store.updateHistory(h -> h.withClassesChosen(file, chosen));
                mapping = ClassMapping.match(loaded.info().names(), classes.get(), chosen);
            }
            then.accept(mapping);
        });
    }

    private void predictImage() {
        if (!document.isEditable()) {
            return;
        }
        withMapping(mapping -> {
            if (!document.isEditable()) {
                return;
            }
            Path image = document.current().imageFile();
            ModelSlot.Loaded loaded = model.loaded().orElseThrow();
            window.showStatus(Messages.get("assist.predicting", image.getFileName()));
            running++;
            Tasks.submit(predictor, () -> loaded.detector().infer(loaded.detector().prepare(image), options,
                    mapping.used(), mapping.labels()), prediction -> {
                        finished();
                        add(image, prediction);
                    }, error -> {
                        finished();
                        failed(Messages.get("assist.predictFailed", image.getFileName(), error.getMessage()));
                    });
        });
    }

    /** On the EDT: the proposals that overlap no box of their class join the boxes, as one edit. */
    private void add(Path image, ImagePrediction prediction) {
        if (!document.isEditable() || !document.current().imageFile().equals(image)) {
            return;
        }
        List<Box> boxes = new ArrayList<>(document.current().boxes());
        List<Proposal> fresh = ProposalMerge.newOnly(boxes, prediction.proposals());
        fresh.forEach(p -> boxes.add(p.box().asProposal(p.score())));
        if (!fresh.isEmpty()) {
            document.replaceBoxes(boxes, Messages.get("action.predictImage"));
        }
        window.showStatus(Messages.get("assist.predicted", image.getFileName(), fresh.size(),
                prediction.proposals().size() - fresh.size()));
    }

    private void predictFolder() {
        withMapping(mapping -> FolderPrediction.ask(window.frame(), options.confidence(),
                mapping.targets().values().stream().distinct().toList()).ifPresent(choice -> {
            Path open = document.hasImage() ? document.current().imageFile() : null;
            List<Path> images = session.images().stream().filter(image -> !image.equals(open)).toList();
            running++;
            FolderPrediction.start(window.frame(), session.files().store(), images,
                    model.loaded().orElseThrow().detector(), mapping, options, choice, this::finished, summary -> {
                        window.showStatus(summary.lines().findFirst().orElse(summary));
                        JOptionPane.showMessageDialog(window.frame(), summary, Messages.get("assist.folder.title"),
                                JOptionPane.INFORMATION_MESSAGE);
                        session.refreshAfterRun();
                    });
        }));
    }

    /** Tools → Compare With Model: the model chosen as for Auto Label, over the whole folder's saved labels. */
    private void compareWithModel() {
        withMapping(mapping -> {
            running++;
            audit.start(model.loaded().orElseThrow().detector(), mapping, this::finished);
        });
    }

    private void finished() {
        running--;
        if (running == 0) {
            model.closeRetired();
        }
    }

    /** Enter: the selected proposals (all of the image's when none is selected) become reviewed boxes. */
    private void accept() {
        if (!hasProposals()) {
            return;
        }
        List<Box> boxes = new ArrayList<>(document.current().boxes());
        List<Integer> targets = selection.isEmpty() ? allIndices(boxes.size()) : selection.indices();
        int accepted = 0;
        for (int index : targets) {
            if (index < boxes.size() && boxes.get(index).isProposal()) {
                boxes.set(index, boxes.get(index).reviewed());
                accepted++;
            }
        }
        if (accepted > 0) {
            document.replaceBoxes(boxes, Messages.get("action.acceptProposals"));
        }
        window.showStatus(Messages.get("assist.accepted", accepted));
    }

    private static List<Integer> allIndices(int count) {
        List<Integer> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return all;
    }

    private void nextWithProposals() {
        search.next(found -> {
            if (found.isPresent()) {
                session.request(found.getAsInt());
            } else {
                window.showStatus(Messages.get("assist.noMoreProposals"));
            }
        });
    }

    private void failed(String message) {
        window.showStatus(message);
        JOptionPane.showMessageDialog(window.frame(), message, Messages.get("action.autoLabel"),
                JOptionPane.ERROR_MESSAGE);
    }
}
