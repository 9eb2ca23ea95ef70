package dev.labelj.ui.tools;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.Formats;
import dev.labelj.ui.support.Messages;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * Asks for the target format and the output folder. The folder starts beside the image folder
 * ({@code photos-yolo} next to {@code photos}), so an export never lands in the input folder unless chosen,
 * and choosing the input folder asks once more.
 */
final class ExportDialog {
    /** The chosen target: a format id or {@link ExportJob#COCO}, and the output folder. */
    record Choice(String format, Path outDir) {
    }

    private ExportDialog() {
    }

    static List<String> targets() {
        List<String> ids = new ArrayList<>(Formats.ids());
        ids.add(ExportJob.COCO);
        return ids;
    }

    static String displayName(String id) {
        return Formats.byId(id).map(AnnotationFormat::displayName).orElse("COCO");
    }

    static Path suggestedOut(Path imageDir, String format) {
        return imageDir.resolveSibling(imageDir.getFileName() + "-" + format);
    }

    /** The target offered first: the first one that is not the format the window saves in. */
    static String firstTarget(String currentFormat) {
        return targets().stream().filter(id -> !id.equals(currentFormat)).findFirst().orElseThrow();
    }

    static Optional<Choice> ask(JFrame owner, Path imageDir, String currentFormat) {
        JComboBox<String> format = new JComboBox<>(targets().toArray(String[]::new));
        format.setName("exportFormat");
        format.setSelectedItem(firstTarget(currentFormat));
        format.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                    int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, displayName((String) value), index, selected, focus);
            }
        });
        JTextField folder = new JTextField(suggestedOut(imageDir, firstTarget(currentFormat)).toString(), 36);
        folder.setName("exportFolder");
        format.addActionListener(e -> folder.setText(suggestedOut(imageDir, (String) format.getSelectedItem())
                .toString()));
        JButton browse = new JButton(Messages.get("tools.browse"));
        browse.setName("exportBrowse");
        browse.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(imageDir.toFile());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showDialog(owner, Messages.get("tools.choose")) == JFileChooser.APPROVE_OPTION) {
                folder.setText(chooser.getSelectedFile().getPath());
            }
        });
        JPanel panel = form(format, folder, browse);
        int answer = JOptionPane.showConfirmDialog(owner, panel, Messages.get("tools.exportTitle"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION || folder.getText().isBlank()) {
            return Optional.empty();
        }
        Path out = Path.of(folder.getText().trim()).toAbsolutePath().normalize();
        if (out.equals(imageDir.toAbsolutePath().normalize()) && JOptionPane.showConfirmDialog(owner,
                Messages.get("tools.exportIntoInput", out), Messages.get("tools.exportTitle"),
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        return Optional.of(new Choice((String) format.getSelectedItem(), out));
    }

    private static JPanel form(JComboBox<String> format, JTextField folder, JButton browse) {
        JPanel panel = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        panel.add(new JLabel(Messages.get("tools.exportFormat")), c);
        c.gridx = 1;
        panel.add(format, c);
        c.gridx = 0;
        c.gridy = 1;
        panel.add(new JLabel(Messages.get("tools.exportFolder")), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(folder, c);
        c.gridx = 2;
        c.fill = GridBagConstraints.NONE;
        panel.add(browse, c);
        return panel;
    }
}
