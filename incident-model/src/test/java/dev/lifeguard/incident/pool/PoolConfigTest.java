package dev.lifeguard.incident.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.json.LifeguardJson;
import org.junit.jupiter.api.Test;

/** Issue #11 items 2 and 3: the settings HikariCP 7.1.0 and SQLAlchemy 1.4 accept, run as they run them. */
class PoolConfigTest {

    private static HikariPoolConfig hikari(String json) throws Exception {
        return (HikariPoolConfig)
                LifeguardJson.mapper().readValue("{\"kind\":\"hikari\"," + json + "}", PoolConfig.class);
    }

    @Test
    void hikari_connectionTimeoutAtTheFloor_isTakenUnchanged_whateverValidationTimeoutIs() throws Exception {
        HikariPoolConfig atFloor = hikari("\"connectionTimeout\":250");
        assertThat(atFloor.validationTimeout()).isEqualTo(5_000);
        assertThat(atFloor.effective().hikari().connectionTimeout()).isEqualTo(250);
        assertThat(atFloor.effective().adjustments()).isEmpty();
        assertThat(hikari("\"connectionTimeout\":500").effective().hikari().connectionTimeout())
                .isEqualTo(500);
        HikariPoolConfig validationAbove = hikari("\"connectionTimeout\":30000,\"validationTimeout\":40000");
        assertThat(validationAbove.effective().hikari().validationTimeout()).isEqualTo(40_000);
        assertThat(validationAbove.effective().adjustments()).isEmpty();
    }

    @Test
    void hikari_belowTheFloor_isRefusedWithHikarisReason_andTheSettingNamed() {
        assertThatThrownBy(() -> HikariPoolConfig.defaults(10).withConnectionTimeout(249))
                .hasMessageStartingWith("pool 'connectionTimeout' 249 is refused by HikariCP")
                .hasMessageEndingWith(": connectionTimeout cannot be less than 250ms");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 0, 0, 30_000, 600_000, 1_800_000, 0, 0, 5_000))
                .hasMessageContaining("pool 'maximumPoolSize' 0")
                .hasMessageEndingWith("maxPoolSize cannot be less than 1");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, -1, 30_000, 600_000, 1_800_000, 0, 0, 5_000))
                .hasMessageEndingWith("minimumIdle cannot be negative");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 5, 30_000, -1, 1_800_000, 0, 0, 5_000))
                .hasMessageEndingWith("idleTimeout cannot be negative");
        assertThatThrownBy(() -> new HikariPoolConfig(null, 5, 5, 30_000, 600_000, 1_800_000, 0, 0, 249))
                .hasMessageContaining("'validationTimeout' 249");
    }

    @Test
    void hikari_silentAdjustments_runAsHikariRunsThem_eachWithAWarning() throws Exception {
        EffectivePool lifetime = hikari("\"maxLifetime\":10000").effective();
        assertThat(lifetime.hikari().maxLifetime()).isEqualTo(1_800_000);
        assertThat(lifetime.warnings())
                .containsExactly("maxLifetime 10000 is below 30000: " + HikariPoolConfig.LIBRARY + " uses 1800000");
        EffectivePool minIdle =
                hikari("\"maximumPoolSize\":10,\"minimumIdle\":20").effective();
        assertThat(minIdle.hikari().minimumIdle()).isEqualTo(10);
        assertThat(minIdle.adjustments()).extracting(PoolAdjustment::setting).containsExactly("minimumIdle");
        EffectivePool leak = hikari("\"leakDetectionThreshold\":1000").effective();
        assertThat(leak.hikari().leakDetectionThreshold()).isZero();
        assertThat(leak.warnings())
                .containsExactly("leakDetectionThreshold 1000 is below 2000: " + HikariPoolConfig.LIBRARY
                        + " disables it (uses 0)");
        EffectivePool keepalive = hikari("\"keepaliveTime\":10000").effective();
        assertThat(keepalive.hikari().keepaliveTime()).isZero();
        assertThat(keepalive.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.requested()).isEqualTo(10_000);
            assertThat(a.effective()).isZero();
        });
    }

    @Test
    void hikari_defaults_areAFreshHikariConfigs_keepaliveIncluded() throws Exception {
        HikariPoolConfig config = hikari("\"maximumPoolSize\":30");
        assertThat(config).isEqualTo(new HikariPoolConfig(null, 30, 30, 30_000, 600_000, 1_800_000, 120_000, 0, 5_000));
        assertThat(HikariPoolConfig.LIBRARY).matches("HikariCP \\d+\\.\\d+\\.\\d+");
        assertThat(HikariPoolConfig.TIMEOUT_FLOOR_MS).isEqualTo(250);
    }

    @Test
    void hikari_requestedValues_roundTripUnchanged() throws Exception {
        HikariPoolConfig requested = hikari("\"maximumPoolSize\":10,\"minimumIdle\":20,\"maxLifetime\":10000,"
                + "\"keepaliveTime\":10000,\"leakDetectionThreshold\":1000,\"connectionTimeout\":0");
        String json = LifeguardJson.mapper().writeValueAsString(requested);
        assertThat(LifeguardJson.mapper().readValue(json, PoolConfig.class)).isEqualTo(requested);
        assertThat(json).contains("\"maxLifetime\" : 10000", "\"minimumIdle\" : 20", "\"connectionTimeout\" : 0");
        assertThat(requested.effective().hikari().connectionTimeout()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void hikari_idleRetirement_onlyWhenMinimumIdleIsBelowTheMaximum() {
        assertThat(HikariPoolConfig.defaults(10).effective().hikari().idleRetirementMs())
                .isZero();
        HikariPoolConfig elastic = new HikariPoolConfig(null, 10, 2, 30_000, 600_000, 1_800_000, 0, 0, 5_000);
        assertThat(elastic.effective().hikari().idleRetirementMs()).isEqualTo(600_000);
        HikariPoolConfig closeToLifetime = new HikariPoolConfig(null, 10, 2, 30_000, 600_000, 600_500, 0, 0, 5_000);
        assertThat(closeToLifetime.effective().hikari().idleRetirementMs()).isZero();
        assertThat(closeToLifetime.effective().warnings())
                .singleElement()
                .asString()
                .startsWith("idleTimeout 600000 is within 1 s of maxLifetime 600500");
    }

    @Test
    void effectivePool_json_putsTheLibrarysNamesAtTopLevel_andRoundTrips() throws Exception {
        EffectivePool pool =
                HikariPoolConfig.defaults(10).withConnectionTimeout(0).effective();
        String json = LifeguardJson.mapper().writeValueAsString(pool);
        assertThat(json)
                .contains(
                        "\"kind\" : \"hikari\"",
                        "\"connectionTimeout\" : 2147483647",
                        "\"keepaliveTime\" : 120000",
                        "\"library\" : \"HikariCP",
                        "\"adjustments\"");
        assertThat(LifeguardJson.mapper().readValue(json, EffectivePool.class)).isEqualTo(pool);
        EffectivePool sqla = SqlAlchemyPoolConfig.of(0, 10, 0).effective();
        String sqlaJson = LifeguardJson.mapper().writeValueAsString(sqla);
        assertThat(sqlaJson)
                .contains(
                        "\"pool_size\" : 0",
                        "\"max_overflow\" : 10",
                        "\"pool_timeout\" : 0.0",
                        "\"library\" : \"SQLAlchemy 1.4 QueuePool\"");
        assertThat(LifeguardJson.mapper().readValue(sqlaJson, EffectivePool.class))
                .isEqualTo(sqla);
    }

    @Test
    void sqlalchemy_keysAreSnakeCase_andDefaultsAreSqlAlchemys() throws Exception {
        PoolConfig config = LifeguardJson.mapper()
                .readValue("{\"kind\":\"sqlalchemy\",\"pool_size\":20,\"max_overflow\":10}", PoolConfig.class);
        assertThat(config).isEqualTo(new SqlAlchemyPoolConfig(20, 10, 30.0, -1, false, false));
        String json = LifeguardJson.mapper().writeValueAsString(config);
        assertThat(json).contains("\"pool_size\"", "\"max_overflow\"", "\"pool_timeout\"", "\"kind\" : \"sqlalchemy\"");
    }

    @Test
    void sqlalchemy_poolSizeZero_isCappedByMaxOverflow_notUnlimited() {
        assertThat(SqlAlchemyPoolConfig.of(0, 10, 30).maxConnections()).isEqualTo(10);
        assertThat(SqlAlchemyPoolConfig.of(0, 10, 30).unlimited()).isFalse();
        assertThat(SqlAlchemyPoolConfig.of(0, 10, 30).idleCapacity()).isEqualTo(Integer.MAX_VALUE);
        assertThat(SqlAlchemyPoolConfig.of(0, 0, 30).maxConnections()).isZero();
        assertThat(SqlAlchemyPoolConfig.of(5, -1, 30).unlimited()).isTrue();
        assertThat(SqlAlchemyPoolConfig.of(-2, 5, 30).maxConnections()).isEqualTo(3);
    }

    @Test
    void sqlalchemy_mapping_capIsExactAndTheRestApproximate() {
        PoolMapping mapping = SqlAlchemyPoolConfig.of(20, 10, 30).toHikari();
        assertThat(mapping.hikari().maximumPoolSize()).isEqualTo(30);
        assertThat(mapping.hikari().minimumIdle()).isEqualTo(20);
        assertThat(mapping.hikari().connectionTimeout()).isEqualTo(30_000);
        assertThat(mapping.hikari().keepaliveTime()).isZero();
        assertThat(mapping.notes())
                .filteredOn(n -> !n.exact())
                .extracting(MappingNote::from)
                .contains("pool_size", "pool_timeout", "pool_pre_ping");
        assertThat(mapping.exact()).isFalse();
    }

    @Test
    void sqlalchemy_mapping_ofWhatHikariCannotExpress_saysSo() {
        PoolMapping zeroTimeout = SqlAlchemyPoolConfig.of(5, 10, 0).toHikari();
        assertThat(zeroTimeout.hikari().connectionTimeout()).isEqualTo(250);
        assertThat(zeroTimeout.notes()).anySatisfy(n -> assertThat(n.meaning()).contains("fails at once", "250 ms"));
        PoolMapping none = SqlAlchemyPoolConfig.of(0, 0, 30).toHikari();
        assertThat(none.hikari().maximumPoolSize()).isEqualTo(1);
        assertThat(none.notes()).anySatisfy(n -> assertThat(n.meaning()).contains("allows no connection at all"));
        PoolMapping sizeZero = SqlAlchemyPoolConfig.of(0, 10, 30).toHikari();
        assertThat(sizeZero.hikari().maximumPoolSize()).isEqualTo(10);
        assertThat(sizeZero.hikari().minimumIdle()).isZero();
        assertThat(sizeZero.hikari().idleTimeout()).isZero();
    }

    @Test
    void sqlalchemy_recycleBelowHikariMinimum_isRaisedAndSaid() {
        PoolMapping mapping = new SqlAlchemyPoolConfig(5, 10, 30, 10, true, false).toHikari();
        assertThat(mapping.hikari().maxLifetime()).isEqualTo(30_000);
        assertThat(mapping.notes()).anySatisfy(n -> assertThat(n.meaning()).contains("30 s minimum"));
    }

    @Test
    void sqlalchemy_whatSqlAlchemyCannotRun_isRefused_namingTheKey() {
        assertThatThrownBy(() -> SqlAlchemyPoolConfig.of(5, -2, 30))
                .hasMessageContaining("'max_overflow' -2")
                .hasMessageContaining("RecursionError");
        assertThatThrownBy(() -> SqlAlchemyPoolConfig.of(5, 10, -1))
                .hasMessageContaining("'pool_timeout' -1.0")
                .hasMessageContaining("ValueError");
    }
}
