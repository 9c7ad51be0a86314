package dev.lifeguard.desktop.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 2, 3, 13, 56, 25, 0, ZoneOffset.ofHours(1));

    @Test
    void clock_clockReadingWithNanoseconds_showsWholeSeconds() {
        assertThat(TimeText.clock(AT.withNano(404_237_784))).isEqualTo("13:56:25");
    }

    @Test
    void clock_loggedToTheMillisecond_keepsTheMilliseconds() {
        assertThat(TimeText.clock(AT.withNano(404_000_000))).isEqualTo("13:56:25.404");
    }

    @Test
    void clock_wholeSecond_noFraction() {
        assertThat(TimeText.clock(AT)).isEqualTo("13:56:25");
    }

    @Test
    void format_withDay_showsTheYear() {
        assertThat(TimeText.format(AT.withNano(404_237_784), true)).isEqualTo("Tue 3 Feb 2026 13:56:25");
        assertThat(TimeText.dateTime(AT)).isEqualTo("Tue 3 Feb 2026 13:56:25");
        assertThat(TimeText.format(AT, false)).isEqualTo("13:56:25");
        assertThat(TimeText.format(null, true)).isEmpty();
    }

    @Test
    void axisDayTime_showsTheYear() {
        Instant t = AT.toInstant();
        assertThat(TimeText.AXIS_DAY_TIME.withZone(ZoneOffset.ofHours(1)).format(t))
                .isEqualTo("3 Feb 2026 13:56");
    }
}
