package dev.lifeguard.incident.json;

import com.fasterxml.jackson.core.JacksonException;
import dev.lifeguard.incident.pool.PoolConfig;
import java.nio.file.Path;

/**
 * A proposed pool as a file holds it: a scenario's {@code pool} object on its own, e.g.
 * {@code {"kind": "hikari", "maximumPoolSize": 40, "connectionTimeout": 5000}}, read by the same mapper and the same
 * validation as a scenario's pool.
 */
public final class PoolFile {

    private PoolFile() {}

    /** Reads {@code file}; a bad one throws naming the file, line, column and field. */
    public static PoolConfig read(Path file) throws DocumentException {
        return read(Documents.readText(file), file.toString());
    }

    /** Reads pool JSON text; {@code source} names it in messages. */
    public static PoolConfig read(String json, String source) throws DocumentException {
        try {
            PoolConfig pool = LifeguardJson.mapper().readerFor(PoolConfig.class).readValue(json);
            if (pool == null) {
                throw new DocumentException(
                        source, 1, 1, "", "expected a pool object such as {\"kind\": \"hikari\"}", null);
            }
            return pool;
        } catch (JacksonException e) {
            throw Documents.translate(e, source, json);
        }
    }

    /** The pool as a file holds it. */
    public static String write(PoolConfig pool) {
        try {
            return LifeguardJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(pool) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the pool", e);
        }
    }
}
