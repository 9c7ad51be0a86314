package dev.lifeguard.incident.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #16: a SQLAlchemy pool_timeout at or below HikariCP's 250 ms floor used to crash the mapping. */
class SqlAlchemyShortTimeoutTest {

    @Test
    void poolTimeoutAtOrBelowTheFloor_mapsToATimeoutJustAboveIt_withValidationBelow() {
        for (double seconds : new double[] {0, 0.1, 0.25}) {
            PoolMapping mapping = SqlAlchemyPoolConfig.of(5, 10, seconds).toHikari();

            assertThat(mapping.hikari().connectionTimeout()).as("pool_timeout %s", seconds).isEqualTo(251);
            assertThat(mapping.hikari().validationTimeout()).isEqualTo(250);
            assertThat(mapping.notes()).anySatisfy(n -> assertThat(n.toString()).contains("raised to 251 ms"));
        }
    }

    @Test
    void poolTimeoutAboveTheFloor_mapsUnchanged() {
        assertThat(SqlAlchemyPoolConfig.of(5, 10, 0.3).toHikari().hikari().connectionTimeout()).isEqualTo(300);
    }
}
