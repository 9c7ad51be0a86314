package dev.lifeguard.poolsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimDurationTest {

    @Test
    void parse_eachUnit_exactNanos() {
        assertThat(SimDuration.parse("250ms").nanos()).isEqualTo(250_000_000L);
        assertThat(SimDuration.parse("30s").nanos()).isEqualTo(30_000_000_000L);
        assertThat(SimDuration.parse("10m").nanos()).isEqualTo(600_000_000_000L);
        assertThat(SimDuration.parse("2h").nanos()).isEqualTo(7_200_000_000_000L);
        assertThat(SimDuration.parse("1.5s").nanos()).isEqualTo(1_500_000_000L);
        assertThat(SimDuration.parse("750us").nanos()).isEqualTo(750_000L);
        assertThat(SimDuration.parse(" 5 MS ").nanos()).isEqualTo(5_000_000L);
    }

    @Test
    void text_largestWholeUnit_roundTrips() {
        assertThat(SimDuration.parse("90s").text()).isEqualTo("90s");
        assertThat(SimDuration.parse("120s").text()).isEqualTo("2m");
        assertThat(SimDuration.parse("1.5s").text()).isEqualTo("1500ms");
        assertThat(SimDuration.ZERO.text()).isEqualTo("0ms");
        assertThat(SimDuration.parse(new SimDuration(1_234_567).text()).nanos()).isEqualTo(1_234_567);
    }

    @Test
    void parse_noUnitOrNegative_rejectedWithExample() {
        assertThatThrownBy(() -> SimDuration.parse("30"))
                .hasMessageContaining("'30' is not a duration")
                .hasMessageContaining("\"250ms\"");
        assertThatThrownBy(() -> SimDuration.parse("-5s")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> SimDuration.parse("5d")).hasMessageContaining("units: us, ms, s, m, h");
    }
}
