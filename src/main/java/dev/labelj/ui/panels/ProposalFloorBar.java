package dev.labelj.ui.panels;

import dev.labelj.ui.support.Words;
import java.awt.BorderLayout;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/** A score slider: model proposals scored below it are hidden while reviewing (reviewed boxes always show). */
public final class ProposalFloorBar extends JPanel {
    private static final int STEPS = 100;
    private final JSlider slider = new JSlider(0, STEPS, 0);
    private final JLabel value = new JLabel();

    public ProposalFloorBar(DoubleConsumer floorChanged) {
        super(new BorderLayout(6, 0));
        setBorder(BorderFactory.createEmptyBorder(0, 6, 2, 6));
        slider.setName("proposalFloor");
        // narrow: the side panel keeps the width the box list needs
        slider.setPreferredSize(new java.awt.Dimension(60, slider.getPreferredSize().height));
        value.setName("proposalFloorValue");
        add(Words.keyed(new JLabel(), "assist.floor"), BorderLayout.WEST);
        add(slider, BorderLayout.CENTER);
        add(value, BorderLayout.EAST);
        slider.addChangeListener(e -> {
            showValue();
            floorChanged.accept(floor());
        });
        showValue();
    }

    public double floor() {
        return slider.getValue() / (double) STEPS;
    }

    private void showValue() {
        value.setText(String.format(Locale.ROOT, "%.2f", floor()));
    }
}
