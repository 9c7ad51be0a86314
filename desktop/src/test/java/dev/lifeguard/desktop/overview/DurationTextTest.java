package dev.lifeguard.desktop.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void of_variousSpans_readLikeSpeech() {
        assertThat(DurationText.of(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(DurationText.of(Duration.ofSeconds(12 * 60))).isEqualTo("12 min");
        assertThat(DurationText.of(Duration.ofSeconds(12 * 60 + 5))).isEqualTo("12 min 05 s");
        assertThat(DurationText.of(Duration.ofMinutes(67))).isEqualTo("1 h 07 min");
        assertThat(DurationText.of(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(DurationText.of(Optional.empty())).isEqualTo("—");
    }
}
