package org.factdesk.ui.main;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** The main window's size, position and maximised state, as remembered between runs. */
record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    /** The window's size on a first run, before the user has chosen one. */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    /** Read back from {@link #format()}; empty for anything else (an old or hand-edited value). */
    static Optional<WindowGeometry> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowGeometry geometry = new WindowGeometry(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            boolean sane = Double.isFinite(geometry.x) && Double.isFinite(geometry.y) && geometry.width > 0
                    && geometry.height > 0 && Double.isFinite(geometry.width) && Double.isFinite(geometry.height);
            return sane ? Optional.of(geometry) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%s", x, y, width, height, maximized);
    }

    /** The default window: default size (smaller if the screen is), centred on the primary screen. */
    static WindowGeometry centredOn(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowGeometry(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /**
     * This geometry placed wholly on the screen that shows most of it (the first screen, normally the primary one,
     * when it is on none: a monitor was unplugged or the resolution fell), shrunk if that screen is smaller.
     */
    WindowGeometry fitTo(List<Rectangle2D> screens) {
        Rectangle2D screen = screens.stream().max(Comparator.comparingDouble(this::overlap)).filter(s -> overlap(s) > 0)
                .orElse(screens.get(0));
        double fittedWidth = Math.min(width, screen.getWidth());
        double fittedHeight = Math.min(height, screen.getHeight());
        double fittedX = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - fittedWidth));
        double fittedY = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - fittedHeight));
        return new WindowGeometry(fittedX, fittedY, fittedWidth, fittedHeight, maximized);
    }

    private double overlap(Rectangle2D screen) {
        double w = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
        double h = Math.min(y + height, screen.getMaxY()) - Math.max(y, screen.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
