package dev.lifeguard.desktop.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the console's window opens: where it was last time when that still lies on a screen (shrunk and moved to fit
 * that screen's usable area), else centred on the primary screen at 1440×900 or as much of that as the usable area
 * holds. The window is never larger than a screen's visual bounds and never opens off-screen.
 */
public final class WindowPlacement {

    /** The size the console asks for on a screen that has room. */
    public static final double PREFERRED_WIDTH = 1440;

    /** The height the console asks for on a screen that has room. */
    public static final double PREFERRED_HEIGHT = 900;

    /** Below this the console is not usable; a smaller screen gets the whole of its usable area. */
    static final double MIN_WIDTH = 800;

    static final double MIN_HEIGHT = 560;

    /**
     * A remembered window: its bounds when it was last not maximised, and whether it was maximised.
     *
     * @param x         left edge, in screen coordinates
     * @param y         top edge
     * @param width     positive
     * @param height    positive
     * @param maximized whether the window was maximised
     */
    public record Remembered(double x, double y, double width, double height, boolean maximized) {

        public Remembered {
            if (!(width > 0) || !(height > 0) || !Double.isFinite(x + y + width + height)) {
                throw new IllegalArgumentException("window bounds must be finite with a positive size, not " + width
                        + "×" + height + " at (" + x + ", " + y + ")");
            }
        }

        Rectangle2D bounds() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    private WindowPlacement() {}

    /**
     * The bounds to open at.
     *
     * @param remembered where the window was, if known
     * @param primary    the primary screen's visual bounds (the usable area, without task bars)
     * @param screens    every screen's visual bounds
     */
    public static Rectangle2D initial(Optional<Remembered> remembered, Rectangle2D primary, List<Rectangle2D> screens) {
        if (remembered.isPresent()) {
            Rectangle2D last = remembered.get().bounds();
            Optional<Rectangle2D> on = screens.stream()
                    .filter(s -> visible(last, s))
                    .max((a, b) -> Double.compare(overlap(last, a), overlap(last, b)));
            if (on.isPresent()) {
                return fit(last, on.get());
            }
        }
        double width = Math.min(PREFERRED_WIDTH, primary.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, primary.getHeight());
        return new Rectangle2D(
                primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2,
                width,
                height);
    }

    /** Places {@code stage} (before it is shown) by {@link #initial} over the real screens. */
    public static void apply(Stage stage, Optional<Remembered> remembered) {
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D at = initial(remembered, Screen.getPrimary().getVisualBounds(), screens);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        stage.setMinWidth(Math.min(MIN_WIDTH, at.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, at.getHeight()));
        stage.setMaximized(remembered.map(Remembered::maximized).orElse(false));
    }

    /**
     * Keeps {@code stage}'s last un-maximised bounds and saves them with the maximised state to {@code preferences}
     * when the window closes, so a maximised window comes back maximised over the size it had before.
     */
    public static void remember(Stage stage, ConsolePreferences preferences) {
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        Runnable note = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> note.run());
        stage.yProperty().addListener(o -> note.run());
        stage.widthProperty().addListener(o -> note.run());
        stage.heightProperty().addListener(o -> note.run());
        stage.setOnHiding(e -> {
            if (normal[2] > 0 && normal[3] > 0) {
                preferences.setWindow(new Remembered(normal[0], normal[1], normal[2], normal[3], stage.isMaximized()));
            }
        });
    }

    /** True when enough of {@code window} lies on {@code screen} to be seen and grabbed: 100×40 at least. */
    static boolean visible(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
        double h = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
        return w >= 100 && h >= 40;
    }

    private static double overlap(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
        double h = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    /** {@code window} shrunk to {@code screen} and moved to lie wholly on it. */
    static Rectangle2D fit(Rectangle2D window, Rectangle2D screen) {
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }
}
