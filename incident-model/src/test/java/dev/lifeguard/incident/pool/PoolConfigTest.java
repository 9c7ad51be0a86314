package dev.lifeguard.incident.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.json.LifeguardJson;
import org.junit.jupiter.api.Test;

class PoolConfigTest {

    @Test
    void hikari_connectionTimeoutBelowFloor_isRejectedAsHikariWordsIt() {
        assertThatThrownBy(() -> HikariPoolConfig.defaults(10).withConnectionTimeout(100))
                .hasMessageContaining("'connectionTimeout' cannot be less than 250ms, was 100");
    }

    @Test
    void hikari_minimumIdleAboveMaximum_isRejected() {
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 6, 30_000, 600_000, 1_800_000, 0, 0, 5_000))
                .hasMessageContaining("minimumIdle").hasMessageContaining("5");
    }

    @Test
    void hikari_limitsHikariWouldResetSilently_areRejected() {
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 5, 30_000, 5_000, 1_800_000, 0, 0, 5_000))
                .hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 5, 30_000, 600_000, 20_000, 0, 0, 5_000))
                .hasMessageContaining("maxLifetime");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 5, 30_000, 600_000, 1_800_000, 0, 1_000, 5_000))
                .hasMessageContaining("leakDetectionThreshold");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 5, 30_000, 600_000, 60_000, 60_000, 0, 5_000))
                .hasMessageContaining("keepaliveTime");
    }

    @Test
    void hikari_fromJson_fillsHikariDefaults() throws Exception {
        PoolConfig config = LifeguardJson.mapper().readValue("{\"kind\":\"hikari\",\"maximumPoolSize\":30}", PoolConfig.class);
        assertThat(config).isEqualTo(new HikariPoolConfig(null, 30, 30, 30_000, 600_000, 1_800_000, 0, 0, 5_000));
    }

    @Test
    void hikari_effectiveIdleTimeout_isZeroForFixedPoolsAndWhenAboveLifetime() {
        assertThat(HikariPoolConfig.defaults(10).effectiveIdleTimeout()).isZero();
        assertThat(new HikariPoolConfig(null, 10, 2, 30_000, 600_000, 1_800_000, 0, 0, 5_000).effectiveIdleTimeout())
                .isEqualTo(600_000);
        assertThat(new HikariPoolConfig(null, 10, 2, 30_000, 600_000, 600_500, 0, 0, 5_000).effectiveIdleTimeout())
                .isZero();
    }

    @Test
    void sqlalchemy_keysAreSnakeCase_andDefaultsAreSqlAlchemys() throws Exception {
        PoolConfig config = LifeguardJson.mapper().readValue(
                "{\"kind\":\"sqlalchemy\",\"pool_size\":20,\"max_overflow\":10}", PoolConfig.class);
        assertThat(config).isEqualTo(new SqlAlchemyPoolConfig(20, 10, 30.0, -1, false, false));
        String json = LifeguardJson.mapper().writeValueAsString(config);
        assertThat(json).contains("\"pool_size\"", "\"max_overflow\"", "\"pool_timeout\"", "\"kind\" : \"sqlalchemy\"");
    }

    @Test
    void sqlalchemy_mapping_capIsExactAndTheRestApproximate() {
        PoolMapping mapping = SqlAlchemyPoolConfig.of(20, 10, 30).toHikari();
        assertThat(mapping.hikari().maximumPoolSize()).isEqualTo(30);
        assertThat(mapping.hikari().minimumIdle()).isEqualTo(20);
        assertThat(mapping.hikari().connectionTimeout()).isEqualTo(30_000);
        assertThat(mapping.notes()).filteredOn(MappingNote::exact).extracting(MappingNote::to)
                .containsExactly("maximumPoolSize");
        assertThat(mapping.notes()).filteredOn(n -> !n.exact()).extracting(MappingNote::from)
                .contains("pool_size", "pool_timeout", "pool_pre_ping");
        assertThat(mapping.exact()).isFalse();
    }

    @Test
    void sqlalchemy_recycleBelowHikariMinimum_isRaisedAndSaid() {
        PoolMapping mapping = new SqlAlchemyPoolConfig(5, 10, 30, 10, true, false).toHikari();
        assertThat(mapping.hikari().maxLifetime()).isEqualTo(30_000);
        assertThat(mapping.notes()).anySatisfy(n -> assertThat(n.meaning()).contains("30 s minimum"));
    }

    @Test
    void sqlalchemy_invalidValues_nameTheKey() {
        assertThatThrownBy(() -> SqlAlchemyPoolConfig.of(-1, 10, 30)).hasMessageContaining("pool_size");
        assertThatThrownBy(() -> SqlAlchemyPoolConfig.of(5, -2, 30)).hasMessageContaining("max_overflow");
        assertThatThrownBy(() -> SqlAlchemyPoolConfig.of(5, 10, -1)).hasMessageContaining("pool_timeout");
    }
}
