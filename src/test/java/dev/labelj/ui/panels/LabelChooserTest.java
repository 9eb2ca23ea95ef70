package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JTextField;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The dialog's logic without a window: typing goes through the same replaceSelection a key press uses. */
class LabelChooserTest {
    private static final List<String> CLASSES = List.of("dog", "person", "cat", "hotdog", "\u732b\u54aa");
    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

    private LabelChooser chooser(String preselected) {
        return GuiActionRunner.execute(() -> {
            LabelChooser chooser = new LabelChooser(CLASSES, preselected);
            chooser.onAccept(accepted::add);
            return chooser;
        });
    }

    private static void type(LabelChooser chooser, String text) {
        GuiActionRunner.execute(() -> {
            for (int i = 0; i < text.length(); i++) {
                chooser.field().replaceSelection(text.substring(i, i + 1));
            }
        });
    }

    private static void backspace(LabelChooser chooser) {
        GuiActionRunner.execute(() -> chooser.field().getActionMap().get(DefaultEditorKit.deletePrevCharAction)
                .actionPerformed(new ActionEvent(chooser.field(), ActionEvent.ACTION_PERFORMED, "")));
    }

    private static String selectedText(LabelChooser chooser) {
        return GuiActionRunner.execute(() -> chooser.field().getSelectedText());
    }

    private static List<String> shown(LabelChooser chooser) {
        return GuiActionRunner.execute(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < chooser.labelList().getModel().getSize(); i++) {
                names.add(chooser.labelList().getModel().getElementAt(i));
            }
            return names;
        });
    }

    private void accept(LabelChooser chooser) {
        GuiActionRunner.execute(chooser::accept);
    }

    @Test
    void thePreviousLabelIsSelectedInFieldAndListSoAcceptingRepeatsIt() {
        LabelChooser chooser = chooser("person");
        assertThat(selectedText(chooser)).isEqualTo("person");
        assertThat(GuiActionRunner.execute(() -> chooser.labelList().getSelectedValue())).isEqualTo("person");
        accept(chooser);
        assertThat(accepted).containsExactly("person");
    }

    @Test
    void typingReplacesThePreselectedLabelAndCompletesWithTheRestSelected() {
        LabelChooser chooser = chooser("person");
        type(chooser, "ca");
        assertThat(GuiActionRunner.execute(() -> chooser.field().getText())).isEqualTo("cat");
        assertThat(selectedText(chooser)).isEqualTo("t");
        assertThat(GuiActionRunner.execute(() -> chooser.labelList().getSelectedValue())).isEqualTo("cat");
        accept(chooser);
        assertThat(accepted).containsExactly("cat");
    }

    @Test
    void theListShowsOnlyTheNamesMatchingWhatWasTyped() {
        LabelChooser chooser = chooser(null);
        assertThat(shown(chooser)).isEqualTo(CLASSES);
        type(chooser, "d");
        assertThat(shown(chooser)).containsExactly("dog", "hotdog");
        type(chooser, "o");
        assertThat(shown(chooser)).containsExactly("dog", "hotdog");
        type(chooser, "x");
        assertThat(shown(chooser)).isEmpty();
    }

    @Test
    void backspaceDropsTheSuggestionSoAPrefixCanBeANewLabel() {
        LabelChooser chooser = chooser(null);
        type(chooser, "do");
        backspace(chooser);
        assertThat(GuiActionRunner.execute(() -> chooser.field().getText())).isEqualTo("do");
        accept(chooser);
        assertThat(accepted).containsExactly("do");
    }

    @Test
    void aNewLabelIsReturnedStripped() {
        LabelChooser chooser = chooser("dog");
        type(chooser, "  bird ");
        accept(chooser);
        assertThat(accepted).containsExactly("bird");
    }

    @Test
    void aBlankLabelIsRefusedWithAMessageThatGoesWhenTypingResumes() {
        LabelChooser chooser = chooser(null);
        type(chooser, "   ");
        accept(chooser);
        assertThat(accepted).isEmpty();
        assertThat(GuiActionRunner.execute(() -> chooser.message().getText())).isNotBlank();
        type(chooser, "c");
        assertThat(GuiActionRunner.execute(() -> chooser.message().getText())).isBlank();
    }

    @Test
    void clickingANameInTheListPutsItInTheField() {
        LabelChooser chooser = chooser("dog");
        GuiActionRunner.execute(() -> chooser.labelList().setSelectedValue("hotdog", false));
        assertThat(GuiActionRunner.execute(() -> chooser.field().getText())).isEqualTo("hotdog");
        assertThat(shown(chooser)).as("choosing from the list does not filter it").isEqualTo(CLASSES);
    }

    @Test
    void chineseTextCompletesToAChineseLabel() {
        LabelChooser chooser = chooser(null);
        type(chooser, "\u732b");
        accept(chooser);
        assertThat(accepted).containsExactly("\u732b\u54aa");
    }

    @Test
    void textAnInputMethodIsStillComposingIsNotCompleted() {
        LabelChooser chooser = chooser(null);
        GuiActionRunner.execute(() -> {
            SimpleAttributeSet composing = new SimpleAttributeSet();
            composing.addAttribute(StyleConstants.ComposedTextAttribute, new java.text.AttributedString("c"));
            JTextField field = chooser.field();
            field.getDocument().insertString(0, "c", composing);
            return null;
        });
        assertThat(GuiActionRunner.execute(() -> chooser.field().getText())).isEqualTo("c");
    }

    @Test
    void aNameListedTwiceIsShownOnceAndWithNoNamesThereIsNoList() {
        LabelChooser twice = GuiActionRunner.execute(() -> new LabelChooser(List.of("dog", "cat", "dog"), null));
        assertThat(shown(twice)).containsExactly("dog", "cat");
        LabelChooser none = GuiActionRunner.execute(() -> new LabelChooser(List.of(), null));
        assertThat(GuiActionRunner.execute(() -> none.labelList().isDisplayable() || none.labelList().getParent() != null))
                .isFalse();
    }

    @Test
    void escapeCancels() {
        LabelChooser chooser = chooser("dog");
        AtomicBoolean cancelled = new AtomicBoolean();
        GuiActionRunner.execute(() -> {
            chooser.onCancel(() -> cancelled.set(true));
            chooser.getActionMap().get("cancel").actionPerformed(new ActionEvent(chooser, 0, "cancel"));
        });
        assertThat(cancelled).isTrue();
        assertThat(accepted).isEmpty();
    }
}
