package dev.labelj.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.support.Messages;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.Map;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class ActionIdTest {
    @Test
    void everyKeyRunsExactlyOneCommandInItsWindow() {
        Map<String, ActionId> owners = new HashMap<>();
        for (ActionId id : ActionId.values()) {
            for (KeyStroke key : id.keyStrokes()) {
                ActionId before = owners.put(id.scope() + " " + key, id);
                assertThat(before).as("%s is bound to %s and %s", key, before, id).isNull();
            }
        }
    }

    @Test
    void everyCommandHasAWordedNameAndTip() {
        for (ActionId id : ActionId.values()) {
            assertThat(Messages.get("action." + id.key())).as(id.name()).isNotEqualTo("action." + id.key());
            if (id != ActionId.OPEN_RECENT) {
                assertThat(Messages.get("action." + id.key() + ".tip")).as(id.name())
                        .isNotEqualTo("action." + id.key() + ".tip");
            }
        }
    }

    @Test
    void labelImgKeysUseTheMenuModifierAndPlainLettersStayPlain() {
        assertThat(ActionId.SAVE.keyStroke().getKeyCode()).isEqualTo(KeyEvent.VK_S);
        assertThat(ActionId.SAVE.keyStroke().getModifiers() & (InputEvent.CTRL_DOWN_MASK | InputEvent.META_DOWN_MASK))
                .isNotZero();
        assertThat(ActionId.NEXT_IMAGE.keyStroke()).isEqualTo(KeyStroke.getKeyStroke("D"));
        assertThat(ActionId.NEXT_IMAGE.isPlainKey()).isTrue();
        assertThat(ActionId.NUDGE_LEFT_FAR.isPlainKey()).isTrue();
        assertThat(ActionId.REDO.isPlainKey()).isFalse();
        assertThat(ActionId.UNDO.keyStroke()).isNotEqualTo(ActionId.REDO.keyStroke());
    }

    @Test
    void theTooltipNamesTheKeyOfTheAction() {
        CommandAction next = new AppActions().define(ActionId.NEXT_IMAGE, () -> { });
        assertThat((String) next.getValue(javax.swing.Action.SHORT_DESCRIPTION))
                .isEqualTo(Messages.get("action.nextImage.tip") + " (D)");
    }
}
