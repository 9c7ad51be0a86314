package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolSettingTest {

    private static PoolSetting setting(String key, double value) {
        return new PoolSetting(key, "SQLAlchemy QueuePool", value, "help");
    }

    @Test
    void text_countsAsWholeNumbers_secondsRatiosAndMillisAsFractions_flagsAsWords() {
        assertThat(setting("pool_size", 10).text()).isEqualTo("10");
        assertThat(setting("maxConnections", 97).text()).isEqualTo("97");
        assertThat(setting("pool_timeout", 2.5).text()).isEqualTo("2.5");
        assertThat(setting("pool_timeout", 30).text()).isEqualTo("30");
        assertThat(setting("leakProbability", 0.0042).text()).isEqualTo("0.0042");
        assertThat(setting("hold.p50", 0.25).text()).isEqualTo("0.25");
        assertThat(setting("pool_pre_ping", 1).text()).isEqualTo("true");
        assertThat(setting("pool_use_lifo", 0).text()).isEqualTo("false");
    }

    @Test
    void parse_readsWhatTheFieldTakes_andSaysWhatIsWrong() {
        assertThat(PoolSetting.parse("maximumPoolSize", " 12 ")).isEqualTo(12);
        assertThat(PoolSetting.parse("pool_timeout", "0.5")).isEqualTo(0.5);
        assertThat(PoolSetting.parse("leakProbability", "1e-3")).isEqualTo(0.001);
        assertThat(PoolSetting.parse("pool_pre_ping", "TRUE")).isEqualTo(1);
        assertThatThrownBy(() -> PoolSetting.parse("maximumPoolSize", "12.5"))
                .hasMessage("'12.5' is not a whole number");
        assertThatThrownBy(() -> PoolSetting.parse("connectionTimeout", "10d")).hasMessage("'10d' is not a number");
        assertThatThrownBy(() -> PoolSetting.parse("connectionTimeout", "0x10")).hasMessage("'0x10' is not a number");
        assertThatThrownBy(() -> PoolSetting.parse("connectionTimeout", "")).hasMessage("a number is required");
        assertThatThrownBy(() -> PoolSetting.parse("pool_use_lifo", "yes")).hasMessage("must be true or false");
    }
}
