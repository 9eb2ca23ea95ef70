package dev.labelj.ui;

import dev.labelj.ui.commands.BoxCommands;
import dev.labelj.model.Box;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.CanvasListener;
import dev.labelj.ui.canvas.ViewTransform;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.session.ImageSession;
import java.awt.Component;
import java.util.function.Supplier;
import javax.swing.JPopupMenu;

/** Carries what the canvas reports to the commands, the box menu and the status bar. */
final class CanvasEvents implements CanvasListener {
    private BoxCommands commands;
    private Supplier<JPopupMenu> popupSource;
    private JPopupMenu popup;
    private StatusBar status;
    private ImageSession session;
    private BoxCanvas canvas;

    /** Set once the window's parts exist (the canvas is built before them). */
    void connect(BoxCommands boxCommands, Supplier<JPopupMenu> boxMenu, StatusBar statusBar, ImageSession imageSession,
            BoxCanvas boxCanvas) {
        session = imageSession;
        canvas = boxCanvas;
        commands = boxCommands;
        popupSource = boxMenu;
        status = statusBar;
    }

    @Override
    public void boxDrawn(Box unlabelled) {
        commands.add(unlabelled);
    }

    @Override
    public void editLabel(int index) {
        commands.editLabel(index);
    }

    @Override
    public void popup(Component canvas, int viewX, int viewY) {
        if (popup == null) {
            popup = popupSource.get();
        }
        popup.show(canvas, viewX, viewY);
    }

    @Override
    public void viewChanged(ViewTransform transform) {
        if (status != null) {
            status.showZoom(transform.percent());
            session.setFullDetail(canvas.wantsFullDetail());
        }
    }

    @Override
    public void fullDetailChanged() {
        if (status != null) {
            session.setFullDetail(canvas.wantsFullDetail());
        }
    }

    @Override
    public void pointerMoved(double imageX, double imageY) {
        if (status != null) {
            status.showPointer(imageX, imageY);
        }
    }

    @Override
    public void pointerLeft() {
        if (status != null) {
            status.pointerLeft();
        }
    }

    @Override
    public void draftChanged(double[] size) {
        if (status != null) {
            status.showDraft(size);
        }
    }
}
