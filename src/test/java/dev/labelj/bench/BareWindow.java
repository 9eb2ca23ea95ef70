package dev.labelj.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The floor under the start-up benchmark: a FlatLaf window as small as a window gets — a menu bar with one menu,
 * a status label and a panel painting a rectangle in the start images' colour — so the outside benchmark can show
 * what any Swing window takes to appear on the machine, beside LabelJ and labelImg (docs/adr/0175). It takes and
 * ignores the apps' arguments. With {@code --train} it closes a second after its first paint (the run its class-data
 * archive is made from).
 */
final class BareWindow {
    /** outside.py's MAGENTA, the colour of the start folders' images. */
    private static final Color PICTURE = new Color(225, 30, 225);

    private BareWindow() {
    }

    /** The start images' stand-in; when training, it closes the window a second after its first paint. */
    static final class Picture extends JPanel {
        private final boolean train;
        private boolean painted;

        Picture(boolean train) {
            this.train = train;
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            g.setColor(PICTURE);
            g.fillRect(20, 20, 640, 480);
            if (train && !painted) {
                Timer close = new Timer(1000, e -> System.exit(0));
                close.setRepeats(false);
                close.start();
            }
            painted = true;
        }
    }

    public static void main(String[] args) {
        boolean train = List.of(args).contains("--train");
        FlatLightLaf.setup();
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("bare window");
            JPanel picture = new Picture(train);
            picture.setPreferredSize(new Dimension(900, 700));
            JMenuBar menus = new JMenuBar();
            menus.add(new JMenu("File"));
            frame.setJMenuBar(menus);
            frame.add(picture, BorderLayout.CENTER);
            frame.add(new JLabel("status"), BorderLayout.SOUTH);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.pack();
            frame.setVisible(true);
        });
    }
}
