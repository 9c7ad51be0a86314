package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, over made-up screens (no toolkit needed: Rectangle2D is plain geometry). */
class WindowPlacementTest {

    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 27, 1920, 1053);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void firstRun_smallScreen_fillsTheVisibleAreaExactly() {
        // The case: 1440×900 asked for on a 1024×700 screen opened at (-208, -67).
        Rectangle2D at = WindowPlacement.initial(Optional.empty(), SMALL, List.of(SMALL));
        assertThat(at).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
    }

    @Test
    void firstRun_largeScreen_centres1440x900InTheVisibleArea() {
        Rectangle2D at = WindowPlacement.initial(Optional.empty(), LAPTOP, List.of(LAPTOP));
        assertThat(at).isEqualTo(new Rectangle2D(240, 27 + (1053 - 900) / 2.0, 1440, 900));
    }

    @Test
    void remembered_onASecondScreen_opensThereUnchanged() {
        var last = new WindowPlacement.Remembered(2000, 100, 1100, 800, false);
        Rectangle2D at = WindowPlacement.initial(Optional.of(last), LAPTOP, List.of(LAPTOP, RIGHT));
        assertThat(at).isEqualTo(new Rectangle2D(2000, 100, 1100, 800));
    }

    @Test
    void remembered_onAScreenSinceUnplugged_opensOnThePrimaryInstead() {
        var last = new WindowPlacement.Remembered(2000, 100, 1100, 800, false);
        Rectangle2D at = WindowPlacement.initial(Optional.of(last), SMALL, List.of(SMALL));
        assertThat(at).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
    }

    @Test
    void remembered_largerThanTheScreenNow_isShrunkAndMovedOnto() {
        var last = new WindowPlacement.Remembered(-208, -67, 1440, 900, false);
        Rectangle2D at = WindowPlacement.initial(Optional.of(last), SMALL, List.of(SMALL));
        assertThat(at).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
    }

    @Test
    void remembered_hangingOffTheRightEdge_isMovedBackWhole() {
        var last = new WindowPlacement.Remembered(1700, 300, 800, 600, false);
        Rectangle2D at = WindowPlacement.initial(Optional.of(last), LAPTOP, List.of(LAPTOP));
        assertThat(at).isEqualTo(new Rectangle2D(1120, 300, 800, 600));
    }

    @Test
    void remembered_onlyASliverOnScreen_isNotTrusted() {
        var last = new WindowPlacement.Remembered(1900, 500, 800, 600, false); // 20 px of it on the laptop
        Rectangle2D at = WindowPlacement.initial(Optional.of(last), LAPTOP, List.of(LAPTOP));
        assertThat(at.getWidth()).isEqualTo(1440);
        assertThat(at.getMinX()).isEqualTo(240);
    }

    @Test
    void remembered_invalidSizes_areRejected() {
        assertThatThrownBy(() -> new WindowPlacement.Remembered(0, 0, 0, 600, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.0×600.0");
        assertThatThrownBy(() -> new WindowPlacement.Remembered(Double.NaN, 0, 800, 600, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
