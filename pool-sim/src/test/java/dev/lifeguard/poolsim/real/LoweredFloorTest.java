package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import org.junit.jupiter.api.Test;

/**
 * The real engine lowers HikariCP's timeout floor for the whole JVM to compress time; the settings a
 * scenario may ask for stay those of HikariCP as shipped.
 */
class LoweredFloorTest {

    @Test
    void settingsCheck_keepsHikarisShippedFloor_whateverTheRealEngineLowered() {
        long floorInThisJvm = TimeoutFloor.lower();

        assertThat(floorInThisJvm).isLessThanOrEqualTo(250);
        assertThat(HikariPoolConfig.TIMEOUT_FLOOR_MS).isEqualTo(250);
        assertThatThrownBy(() -> HikariPoolConfig.defaults(10).withConnectionTimeout(249))
                .hasMessageEndingWith("connectionTimeout cannot be less than 250ms");
        assertThat(HikariPoolConfig.defaults(10)
                        .withConnectionTimeout(250)
                        .effective()
                        .hikari()
                        .connectionTimeout())
                .isEqualTo(250);
    }
}
