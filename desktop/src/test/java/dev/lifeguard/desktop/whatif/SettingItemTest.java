package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingItemTest {

    private final List<String> applied = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private SettingItem item(String key, double value) {
        return new SettingItem(new PoolSetting(key, "SQLAlchemy QueuePool", value, "help"), (k, v) -> {
            applied.add(k + "=" + v);
            return v < 0 ? Optional.of(k + " must not be negative") : Optional.empty();
        }, rejected::add);
    }

    @Test
    void counts_areEditedAsWholeNumbers_secondsAndRatiosAsFractions() {
        assertThat(item("pool_size", 10).getType()).isEqualTo(Long.class);
        assertThat(item("pool_size", 10).getValue()).isEqualTo(10L);
        assertThat(item("maxConnections", 97).getValue()).isEqualTo(97L);
        assertThat(item("pool_timeout", 2.5).getType()).isEqualTo(Double.class);
        assertThat(item("pool_timeout", 2.5).getValue()).isEqualTo(2.5);
        assertThat(item("leakProbability", 0.0042).getValue()).isEqualTo(0.0042);
    }

    @Test
    void setValue_appliesChanges_reportsRejections_ignoresTheSameValue() {
        item("pool_size", 10).setValue(12L);
        item("pool_size", 10).setValue(10L);
        item("max_overflow", 5).setValue(-1L);

        assertThat(applied).containsExactly("pool_size=12.0", "max_overflow=-1.0");
        assertThat(rejected).containsExactly("max_overflow must not be negative");
    }
}
