package dev.labelj.ui.results;

import dev.labelj.charts.ChartOptions;
import dev.labelj.results.FitnessRule;
import dev.labelj.ui.actions.CommandAction;
import dev.labelj.ui.support.Messages;
import java.awt.Component;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.DefaultListCellRenderer;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;

/** Open / add / export, and the view switches: smoothing, log scale for losses, live reload, best-epoch rule. */
final class ResultsToolBar extends JToolBar {
    interface OptionsListener {
        void changed(boolean smooth, boolean logLosses, Optional<FitnessRule> rule, ChartOptions.Alignment alignment);
    }

    private final JCheckBox smooth = new JCheckBox(Messages.get("results.smooth"));
    private final JCheckBox logLosses = new JCheckBox(Messages.get("results.logLosses"));
    private final JCheckBox live = new JCheckBox(Messages.get("results.live"), true);
    private final JComboBox<Optional<FitnessRule>> rule = new JComboBox<>();
    private final JComboBox<ChartOptions.Alignment> align = new JComboBox<>(ChartOptions.Alignment.values());
    private final CommandAction export;

    ResultsToolBar(CommandAction open, CommandAction add, CommandAction export, OptionsListener options,
                   Consumer<Boolean> liveListener) {
        this.export = export;
        setFloatable(false);
        button(open, "openRun");
        button(add, "addRun");
        button(export, "exportGrid");
        addSeparator();
        smooth.setName("smoothToggle");
        logLosses.setName("logToggle");
        live.setName("liveToggle");
        smooth.setToolTipText(Messages.get("results.smooth.tip"));
        logLosses.setToolTipText(Messages.get("results.logLosses.tip"));
        live.setToolTipText(Messages.get("results.live.tip"));
        add(smooth);
        add(logLosses);
        add(live);
        addSeparator();
        add(new JLabel(Messages.get("results.rule") + " "));
        rule.setName("ruleCombo");
        rule.addItem(Optional.empty());
        for (FitnessRule each : FitnessRule.values()) {
            rule.addItem(Optional.of(each));
        }
        rule.setRenderer(new RuleRenderer());
        rule.setMaximumSize(rule.getPreferredSize());
        add(rule);
        addSeparator();
        add(new JLabel(Messages.get("results.align") + " "));
        align.setName("alignCombo");
        align.setRenderer(new AlignmentRenderer());
        align.setMaximumSize(align.getPreferredSize());
        add(align);
        Runnable fire = () -> options.changed(smooth.isSelected(), logLosses.isSelected(),
                rule.getItemAt(Math.max(0, rule.getSelectedIndex())), (ChartOptions.Alignment) align.getSelectedItem());
        align.addActionListener(e -> fire.run());
        smooth.addActionListener(e -> fire.run());
        logLosses.addActionListener(e -> fire.run());
        rule.addActionListener(e -> fire.run());
        live.addActionListener(e -> liveListener.accept(live.isSelected()));
    }

    void setHasRuns(boolean hasRuns) {
        export.setEnabled(hasRuns);
    }

    private void button(CommandAction action, String name) {
        JButton button = add(action);
        button.setName(name);
        button.setHideActionText(false);
        // beside the checkboxes and lists: the menu-sized icon with the word to its right
        if (action.getValue(Action.SMALL_ICON) instanceof Icon icon) {
            button.setIcon(icon);
        }
        button.setHorizontalTextPosition(SwingConstants.TRAILING);
        button.setVerticalTextPosition(SwingConstants.CENTER);
    }

    private static final class AlignmentRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            String key = value == null ? "epoch" : value.toString().toLowerCase(Locale.ROOT);
            return super.getListCellRendererComponent(list, Messages.get("results.align." + key), index, selected,
                    focused);
        }
    }

    private static final class RuleRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            @SuppressWarnings("unchecked")
            Optional<FitnessRule> item = (Optional<FitnessRule>) value;
            String key = item == null || item.isEmpty() ? "default" : item.get().name().toLowerCase(Locale.ROOT);
            return super.getListCellRendererComponent(list, Messages.get("results.rule." + key), index, selected, focused);
        }
    }
}
