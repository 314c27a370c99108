package app.glance.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Glance's icon in the system tray (notification area), where the desktop has one: a menu to show or hide the
 * window, describe the screen and quit. Many Linux desktops (and Xvfb) have no tray; then there is none and the
 * global hotkeys and the window remain the way in. Menu actions run on the AWT thread and must only hand off.
 */
final class TrayIcon {

    private static final Logger LOG = LoggerFactory.getLogger(TrayIcon.class);

    private final SystemTray tray;
    private final java.awt.TrayIcon icon;

    private TrayIcon(SystemTray tray, java.awt.TrayIcon icon) {
        this.tray = tray;
        this.icon = icon;
    }

    /** Adds the icon, or returns empty when this desktop has no tray. */
    static Optional<TrayIcon> add(Runnable showHide, Runnable describeScreen, Runnable quit) {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return Optional.empty();
            }
            PopupMenu menu = new PopupMenu();
            menu.add(item("Show or hide Glance", showHide));
            menu.add(item("Describe the screen", describeScreen));
            menu.addSeparator();
            menu.add(item("Quit Glance", quit));
            java.awt.TrayIcon icon = new java.awt.TrayIcon(image(), "Glance", menu);
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> showHide.run()); // double click (or Enter on the icon)
            SystemTray tray = SystemTray.getSystemTray();
            tray.add(icon);
            return Optional.of(new TrayIcon(tray, icon));
        } catch (AWTException | RuntimeException | LinkageError e) {
            LOG.info("no tray icon: {}", e.toString());
            return Optional.empty();
        }
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> action.run());
        return item;
    }

    /** A yellow eye on black, Glance's high-contrast colours. */
    static BufferedImage image() {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.fillRoundRect(0, 0, 32, 32, 8, 8);
        g.setColor(Color.YELLOW);
        g.fillOval(3, 9, 26, 14);
        g.setColor(Color.BLACK);
        g.fillOval(11, 10, 11, 11);
        g.dispose();
        return img;
    }

    void remove() {
        tray.remove(icon);
    }
}
