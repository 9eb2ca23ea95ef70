package dev.labelj.ui.panels;

import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The dialog that names a box: after drawing one, and on Edit Label. The previous label is preselected,
 * so Enter repeats it; typing completes over the known labels; a new label is returned as typed (stripped);
 * a blank one is refused inside the dialog. Esc or Cancel gives an empty result.
 */
public final class LabelDialog {
    private final JDialog dialog;
    private final LabelChooser chooser;
    private Optional<String> result = Optional.empty();

    /** Builds the dialog without showing it; {@link #showAndWait(Point)} shows it modally. */
    public LabelDialog(Window owner, List<String> classes, String preselected) {
        chooser = new LabelChooser(classes, preselected);
        dialog = new JDialog(owner, Messages.get("labelDialog.title"), JDialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName("labelDialog");
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        JButton ok = new JButton(Messages.get("labelDialog.ok"));
        ok.setName("labelOk");
        JButton cancel = new JButton(Messages.get("labelDialog.cancel"));
        cancel.setName("labelCancel");
        ok.addActionListener(e -> chooser.accept());
        cancel.addActionListener(e -> finish(Optional.empty()));
        chooser.onAccept(label -> finish(Optional.of(label)));
        chooser.onCancel(() -> finish(Optional.empty()));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(ok);
        buttons.add(cancel);
        dialog.add(chooser, BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                chooser.field().requestFocusInWindow();
            }
        });
        dialog.pack();
    }

    /**
     * Asks for a label, modally.
     *
     * @param parent      a component of the window the dialog belongs to (may be null)
     * @param classes     the known labels, in the order to list them
     * @param preselected the label Enter repeats (the previous one), or null
     * @param near        the mouse position on screen to open at, or null to centre on the parent
     * @return the stripped label, never blank; empty when the user cancelled
     */
    public static Optional<String> ask(Component parent, List<String> classes, String preselected, Point near) {
        Window owner = parent == null ? null
                : parent instanceof Window window ? window : SwingUtilities.getWindowAncestor(parent);
        return new LabelDialog(owner, classes, preselected).showAndWait(near);
    }

    /** Places the dialog near {@code near} (or centred on its owner), shows it and waits for the answer. */
    public Optional<String> showAndWait(Point near) {
        placeNear(near);
        dialog.setVisible(true);
        return result;
    }

    /** Moves the dialog so its text field sits under {@code near}, inside the screen. */
    public void placeNear(Point near) {
        Window owner = dialog.getOwner();
        Rectangle ownerBounds = owner != null && owner.isShowing() ? owner.getBounds() : usableArea(null);
        Point fieldCorner = SwingUtilities.convertPoint(chooser.field(), 0, 0, dialog);
        Point anchor = new Point(fieldCorner.x + chooser.field().getWidth() / 3,
                fieldCorner.y + chooser.field().getHeight() / 2);
        Point corner = DialogPlacement.place(dialog.getSize(), near, anchor, ownerBounds,
                usableArea(near != null ? near : new Point((int) ownerBounds.getCenterX(),
                        (int) ownerBounds.getCenterY())));
        dialog.setLocation(corner);
    }

    /** The answer so far: the accepted label, or empty (cancelled, or not answered yet). */
    public Optional<String> result() {
        return result;
    }

    /** The dialog window, for tests and for callers that show it themselves. */
    public JDialog dialog() {
        return dialog;
    }

    private void finish(Optional<String> answer) {
        result = answer;
        dialog.dispose();
    }

    /** The usable area (screen minus task bars) of the screen holding {@code point}, or the default one. */
    private static Rectangle usableArea(Point point) {
        GraphicsConfiguration config = GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice().getDefaultConfiguration();
        if (point != null) {
            for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
                if (device.getDefaultConfiguration().getBounds().contains(point)) {
                    config = device.getDefaultConfiguration();
                }
            }
        }
        Rectangle bounds = config.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(config);
        return new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
    }
}
