package dev.lifeguard.incident.pool;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lifeguard.incident.Checks;
import dev.lifeguard.incident.json.LifeguardJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pool settings that actually ran: the library's values after its own validation and defaults, with
 * the library's own property names, and each value it changed from the one requested. In JSON the settings
 * sit at the top level beside {@code library} and {@code adjustments}:
 * <pre>{"kind": "hikari", "maximumPoolSize": 10, …, "library": "HikariCP 7.1.0", "adjustments": [ … ]}</pre>
 *
 * @param library     the library and release whose rules applied, e.g. "HikariCP 7.1.0"
 * @param settings    the effective settings (HikariCP's or SQLAlchemy's keys)
 * @param adjustments the values the library changed silently, each with its warning (empty for none)
 */
public record EffectivePool(String library, PoolConfig settings, List<PoolAdjustment> adjustments) {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<List<PoolAdjustment>> ADJUSTMENTS = new TypeReference<>() {};

    public EffectivePool {
        Checks.notBlank(library, "effectivePool 'library'");
        requireNonNull(settings, "effectivePool 'settings' is required");
        adjustments = Checks.copy(adjustments);
    }

    /** The effective HikariCP settings; for a SQLAlchemy pool, {@code null}. */
    public @Nullable HikariPoolConfig hikari() {
        return settings instanceof HikariPoolConfig h ? h : null;
    }

    /** The adjustments' warnings, one line each. */
    public List<String> warnings() {
        return adjustments.stream().map(PoolAdjustment::message).toList();
    }

    /**
     * The effective settings by the library's own names, in its order (HikariCP: maximumPoolSize, minimumIdle,
     * connectionTimeout, …; SQLAlchemy: pool_size, max_overflow, pool_timeout, …), without {@code kind}.
     */
    public Map<String, Object> byName() {
        Map<String, Object> out = new LinkedHashMap<>(LifeguardJson.mapper().convertValue(settings, MAP));
        out.remove("kind");
        return out;
    }

    /** One line: "HikariCP 7.1.0: maximumPoolSize 10, minimumIdle 10, connectionTimeout 250, …". */
    public String describe() {
        StringBuilder out = new StringBuilder(library).append(':');
        byName().forEach((name, value) -> out.append(out.charAt(out.length() - 1) == ':' ? " " : ", ")
                .append(name)
                .append(' ')
                .append(value));
        return out.toString();
    }

    @JsonValue
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>(LifeguardJson.mapper().convertValue(settings, MAP));
        out.put("library", library);
        out.put("adjustments", adjustments);
        return out;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static EffectivePool fromJson(Map<String, Object> json) {
        JsonMapper mapper = LifeguardJson.mapper();
        Map<String, Object> settings = new LinkedHashMap<>(json);
        Object library = settings.remove("library");
        Object adjustments = settings.remove("adjustments");
        return new EffectivePool(
                Checks.notBlank(library == null ? null : library.toString(), "effectivePool 'library'"),
                mapper.convertValue(settings, PoolConfig.class),
                adjustments == null ? List.of() : mapper.convertValue(adjustments, ADJUSTMENTS));
    }
}
