package dev.labelj.ui.panels;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The window's status bar: the latest message on the left; it hears scans and images for itself. */
public final class StatusBar extends JPanel implements BrowseListener {
    private static final int FIELD_GAP = 12;
    private final JLabel message = new JLabel(" ");
    private final JLabel pointer = field("status.pointer");
    private final JLabel zoom = field("status.zoom");
    private final JLabel position = field("status.position");
    private final JLabel labelled = field("status.labelled");
    private final JLabel adjustment = field("status.adjustment");
    private String pointerText = "";
    private String draftText;
    private int count;
    private int labelledCount;
    private int labelledOf;

    public StatusBar() {
        super(new BorderLayout());
        message.setName("status");
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        add(message, BorderLayout.CENTER);
        JPanel fields = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        fields.setOpaque(false);
        fields.add(adjustment);
        fields.add(pointer);
        fields.add(zoom);
        fields.add(position);
        fields.add(labelled);
        add(fields, BorderLayout.EAST);
    }

    /**
     * Each field carries its gap as a border, so an empty field is still as wide as its gap: FlowLayout's own gaps
     * count one beside every component when sizing the panel but skip those after zero-width leading ones when
     * placing them, which pushed the last field ("7 of 8 labelled") past the window's edge.
     */
    private static JLabel field(String name) {
        JLabel label = new JLabel();
        label.setName(name);
        label.setBorder(BorderFactory.createEmptyBorder(0, FIELD_GAP, 0, 0));
        return label;
    }

    /** The image pixel under the mouse, as labelImg shows it. */
    public void showPointer(double imageX, double imageY) {
        pointerText = Messages.get("status.pointerAt", (int) Math.floor(imageX), (int) Math.floor(imageY));
        showPointerField();
    }

    /** The mouse left the image: no pixel is under it. */
    public void pointerLeft() {
        pointerText = "";
        showPointerField();
    }

    /**
     * The size of the box being drawn or resized (image pixels), or null once the gesture ended: then the field
     * names the pixel under the mouse again, so a finished box's size never stays behind as if it were current.
     */
    public void showDraft(double[] size) {
        draftText = size == null ? null : Messages.get("status.draftSize", Math.round(size[0]), Math.round(size[1]));
        showPointerField();
    }

    private void showPointerField() {
        pointer.setText(draftText != null ? draftText : pointerText);
    }

    /** How many of the folder's images have an annotation. */
    public void showLabelled(int count, int of) {
        labelledCount = count;
        labelledOf = of;
        labelled.setText(of == 0 ? "" : Messages.get("status.labelledOf", count, of));
    }

    /** After a language switch: the counts in the new language (the next message comes in it anyway). */
    public void relabel() {
        showLabelled(labelledCount, labelledOf);
    }

    /** The brightness and contrast the image is shown with; nothing while it is shown as it is. */
    public void showAdjustment(int brightnessPercent, int contrastPercent) {
        adjustment.setText(brightnessPercent == 0 && contrastPercent == 0 ? ""
                : Messages.get("status.adjusted", brightnessPercent, contrastPercent));
    }

    public String adjustmentText() {
        return adjustment.getText();
    }

    public void showZoom(double percent) {
        zoom.setText(Messages.get("status.zoomPercent", Math.round(percent)));
    }

    @Override
    public void loading(int index, Path image) {
        // what was under the mouse, or being drawn, belonged to the image before
        pointerText = "";
        draftText = null;
        showPointerField();
        position.setText(Messages.get("status.positionOf", index + 1, count));
    }

    @Override
    public void notice(String text) {
        show(text);
    }

    @Override
    public void saveFailed(Path image, String reason) {
        show(Messages.get("status.saveFailed", image.getFileName(), reason));
    }

    public void show(String text) {
        message.setText(text);
    }

    public String text() {
        return message.getText();
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        count = images.size();
        position.setText(images.isEmpty() ? "" : Messages.get("status.positionOf", 0, count));
        show(Messages.get("status.scanned", images.size(), root));
    }

    @Override
    public void closed() {
        count = 0;
        position.setText("");
        zoom.setText("");
        pointerText = "";
        draftText = null;
        showPointerField();
        show(Messages.get("status.closed"));
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        show(image.isReduced()
                ? Messages.get("status.imageReduced", image.file(), image.width(), image.height(), image.reduction())
                : Messages.get("status.image", image.file(), image.width(), image.height()));
    }

    @Override
    public void imageFailed(int index, Path image, String text) {
        show(text);
    }

    @Override
    public void scanProgress(Path root, int found) {
        show(Messages.get("status.scanning", root, found));
    }

    @Override
    public void scanFailed(Path root, String reason) {
        show(Messages.get("status.scanFailed", root, reason));
    }
}
