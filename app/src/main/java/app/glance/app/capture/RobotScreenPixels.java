package app.glance.app.capture;

import app.glance.app.ImageFiles;
import app.glance.inference.RgbImage;

import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Robot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ScreenPixels} through AWT: one {@link Robot}, created on first use. */
final class RobotScreenPixels implements ScreenPixels {

    private Robot robot;

    @Override
    public List<Region> screens() {
        if (GraphicsEnvironment.isHeadless()) {
            return List.of();
        }
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsDevice primary = env.getDefaultScreenDevice();
        List<Region> out = new ArrayList<>();
        out.add(toRegion(primary.getDefaultConfiguration().getBounds()));
        for (GraphicsDevice d : env.getScreenDevices()) {
            if (d != primary) {
                out.add(toRegion(d.getDefaultConfiguration().getBounds()));
            }
        }
        return out;
    }

    @Override
    public Optional<int[]> pointer() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.empty();
        }
        PointerInfo p = MouseInfo.getPointerInfo();
        return p == null ? Optional.empty() : Optional.of(new int[] {p.getLocation().x, p.getLocation().y});
    }

    @Override
    public synchronized RgbImage grab(Region area) throws CaptureException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new CaptureException(CaptureException.Reason.UNAVAILABLE, "There is no screen to capture here.");
        }
        try {
            if (robot == null) {
                robot = new Robot();
            }
            Rectangle r = new Rectangle(area.x(), area.y(), area.width(), area.height());
            return ImageFiles.toRgb(robot.createScreenCapture(r));
        } catch (AWTException | SecurityException e) {
            throw new CaptureException(CaptureException.Reason.UNAVAILABLE, "The screen cannot be captured here.", e);
        } catch (RuntimeException e) {
            throw new CaptureException(CaptureException.Reason.FAILED, "The screen could not be captured.", e);
        }
    }

    private static Region toRegion(Rectangle r) {
        return new Region(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
    }
}
