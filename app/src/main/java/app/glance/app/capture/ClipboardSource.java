package app.glance.app.capture;

import app.glance.app.ImageFiles;

import java.awt.HeadlessException;
import java.awt.Image;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.Supplier;

/** The image on the system clipboard (e.g. after Print Screen or "Copy image" in a browser). */
public final class ClipboardSource implements FrameSource {

    static final String NO_IMAGE = "There is no image on the clipboard.";

    private final Supplier<Clipboard> clipboard;

    /** The system clipboard through AWT. */
    public ClipboardSource() {
        this(() -> Toolkit.getDefaultToolkit().getSystemClipboard());
    }

    ClipboardSource(Supplier<Clipboard> clipboard) {
        this.clipboard = clipboard;
    }

    @Override
    public Frame capture() throws CaptureException {
        Transferable t;
        try {
            t = clipboard.get().getContents(null);
        } catch (HeadlessException e) {
            throw new CaptureException(CaptureException.Reason.UNAVAILABLE, "There is no clipboard here.", e);
        } catch (IllegalStateException e) {
            throw new CaptureException(CaptureException.Reason.FAILED, "The clipboard is busy; please try again.", e);
        }
        if (t == null || !t.isDataFlavorSupported(DataFlavor.imageFlavor)) {
            throw new CaptureException(CaptureException.Reason.NOTHING, NO_IMAGE);
        }
        try {
            Object data = t.getTransferData(DataFlavor.imageFlavor);
            if (!(data instanceof Image image) || image.getWidth(null) <= 0 || image.getHeight(null) <= 0) {
                throw new CaptureException(CaptureException.Reason.NOTHING, NO_IMAGE);
            }
            return new Frame(ImageFiles.toRgb(toBuffered(image)), CaptureMode.CLIPBOARD, "clipboard");
        } catch (UnsupportedFlavorException | IOException e) {
            throw new CaptureException(CaptureException.Reason.NOTHING, NO_IMAGE, e);
        }
    }

    private static BufferedImage toBuffered(Image image) {
        if (image instanceof BufferedImage b) {
            return b;
        }
        BufferedImage b = new BufferedImage(image.getWidth(null), image.getHeight(null), BufferedImage.TYPE_INT_ARGB);
        b.createGraphics().drawImage(image, 0, 0, null);
        return b;
    }
}
