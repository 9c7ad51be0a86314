package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lifeguard.incident.Checks;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.PoolMapping;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A what-if question, {@code "format": "lifeguard.scenario/1"}: a pool, the database behind it, the
 * load on it and the request shape, checked against an SLO. The same scenario and seed give the same
 * requests in every engine.
 *
 * @param name        a title for reports
 * @param description optional longer text ({@code null} for none)
 * @param seed        seeds every random choice of the load model (default 1)
 * @param duration    requests arrive in [0, duration); default: where the load phases end
 * @param pool        the pool settings in HikariCP or SQLAlchemy terms
 * @param database    the database model (default: unlimited, instant, one instance, no events)
 * @param load        the load phases
 * @param request     what each request does
 * @param slo         the objective (default: none)
 */
public record Scenario(
        String name,
        @Nullable String description,
        long seed,
        SimDuration duration,
        PoolConfig pool,
        DatabaseModel database,
        LoadModel load,
        RequestShape request,
        Slo slo) {

    public Scenario {
        Checks.notBlank(name, "scenario 'name'");
        description = Checks.blankToNull(description);
        Phases.required(pool, "scenario 'pool'");
        Phases.required(load, "scenario 'load'");
        Phases.required(request, "scenario 'request'");
        database = Objects.requireNonNullElse(database, DatabaseModel.DEFAULT);
        slo = Objects.requireNonNullElse(slo, Slo.NONE);
        duration = duration == null ? load.naturalLength() : duration;
        Phases.positive(duration, "scenario 'duration'");
    }

    @JsonCreator
    static Scenario fromJson(
            @JsonProperty("name") String name,
            @JsonProperty("description") @Nullable String description,
            @JsonProperty("seed") Long seed,
            @JsonProperty("duration") SimDuration duration,
            @JsonProperty("pool") PoolConfig pool,
            @JsonProperty("database") DatabaseModel database,
            @JsonProperty("load") LoadModel load,
            @JsonProperty("request") RequestShape request,
            @JsonProperty("slo") Slo slo) {
        return new Scenario(name, description, seed == null ? 1 : seed, duration, pool, database, load, request, slo);
    }

    /** The pool in HikariCP terms, with the mapping notes when it was written for another library. */
    public PoolMapping hikariMapping() {
        return pool.toHikari();
    }

    /** A copy with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, duration, pool, database, load, request, slo);
    }

    /** A copy with another pool. */
    public Scenario withPool(PoolConfig newPool) {
        return new Scenario(name, description, seed, duration, newPool, database, load, request, slo);
    }

    /**
     * A copy with another load. A duration that was where the old load ended follows the new load's end; a
     * duration set apart from the load (a scenario cut short or run on past its phases) is kept.
     */
    public Scenario withLoad(LoadModel newLoad) {
        SimDuration d = duration.equals(load.naturalLength()) ? newLoad.naturalLength() : duration;
        return new Scenario(name, description, seed, d, pool, database, newLoad, request, slo);
    }

    /** A copy with another database model. */
    public Scenario withDatabase(DatabaseModel newDatabase) {
        return new Scenario(name, description, seed, duration, pool, newDatabase, load, request, slo);
    }

    /** A copy with another request shape. */
    public Scenario withRequest(RequestShape newRequest) {
        return new Scenario(name, description, seed, duration, pool, database, load, newRequest, slo);
    }
}
