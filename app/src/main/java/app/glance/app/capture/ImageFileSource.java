package app.glance.app.capture;

import app.glance.app.ImageFiles;

import java.nio.file.Path;

/** An image file (PNG, JPEG, GIF, BMP). */
public final class ImageFileSource implements FrameSource {

    private final Path file;

    public ImageFileSource(Path file) {
        this.file = file;
    }

    @Override
    public Frame capture() throws CaptureException {
        try {
            return new Frame(ImageFiles.read(file), CaptureMode.FILE, "file " + file.toAbsolutePath().normalize());
        } catch (ImageFiles.BadImageException e) {
            throw new CaptureException(CaptureException.Reason.FAILED, e.getMessage(), e);
        }
    }
}
