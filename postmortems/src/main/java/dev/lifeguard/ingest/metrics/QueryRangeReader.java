package dev.lifeguard.ingest.metrics;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.scrape.HikariNames;
import dev.lifeguard.scrape.IngestProblems;
import dev.lifeguard.scrape.MalformedLineException;
import dev.lifeguard.scrape.SeriesAssembler;
import dev.lifeguard.scrape.Timestamps;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the JSON answer of Prometheus' {@code /api/v1/query_range} (result type {@code matrix}, or
 * {@code vector} from {@code /api/v1/query}); also a JSON array of such answers, one per query.
 */
public final class QueryRangeReader {

    private final SeriesAssembler assembler;
    private final IngestProblems problems;
    private final Map<String, Long> recognised = new TreeMap<>();
    private long values;

    /** A reader feeding {@code assembler}. */
    public QueryRangeReader(SeriesAssembler assembler, IngestProblems problems) {
        this.assembler = assembler;
        this.problems = problems;
    }

    /**
     * Reads one document.
     *
     * @throws DocumentException when the text is not JSON or not a query answer (file, line and column named)
     */
    public void read(Reader in, String source) throws DocumentException, IOException {
        JsonNode root;
        try {
            root = LifeguardJson.mapper().readTree(in);
        } catch (JacksonException e) {
            throw Documents.translate(e, source);
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                answer(root.get(i), source, "[" + i + "]");
            }
        } else {
            answer(root, source, "");
        }
    }

    private void answer(JsonNode node, String source, String path) throws DocumentException {
        if (node == null || !node.isObject()) {
            throw new DocumentException(
                    source, 1, 1, path, "expected a query_range answer (an object with \"data\")", null);
        }
        if (node.has("status") && !"success".equals(node.path("status").asText())) {
            throw new DocumentException(
                    source,
                    1,
                    1,
                    path + "status",
                    "the query failed: " + node.path("errorType").asText("?") + ": "
                            + node.path("error").asText("?"),
                    null);
        }
        JsonNode data = node.has("data") ? node.get("data") : node;
        JsonNode result = data.get("result");
        if (result == null || !result.isArray()) {
            throw new DocumentException(source, 1, 1, path + "data.result", "expected an array of series", null);
        }
        for (int i = 0; i < result.size(); i++) {
            series(result.get(i), path + "data.result[" + i + "]");
        }
    }

    private void series(JsonNode series, String path) {
        JsonNode metric = series.path("metric");
        String name = metric.path("__name__").asText(null);
        if (name == null) {
            problems.warn(path + ": a series without __name__ (an aggregated query?) was skipped;"
                    + " keep the metric name in the query, e.g. max by (__name__, pool) (…)");
            return;
        }
        String quantile = metric.path("quantile").asText(null);
        Optional<HikariNames.Mapping> mapping = HikariNames.resolve(name, quantile);
        if (mapping.isEmpty()) {
            return;
        }
        String pool = metric.path("pool").asText(metric.path("name").asText("default"));
        String instance = metric.path("instance").asText(null);
        JsonNode points = series.has("values") ? series.get("values") : wrap(series.get("value"));
        for (int i = 0; points != null && i < points.size(); i++) {
            values++;
            String where = path + ".values[" + i + "]";
            try {
                point(points.get(i), name, mapping.get(), pool, instance);
            } catch (MalformedLineException e) {
                problems.malformed(values, where + ": " + e.getMessage());
            }
        }
    }

    /** One {@code [seconds, "value"]} point of a series. */
    private void point(JsonNode point, String name, HikariNames.Mapping mapping, String pool, String instance)
            throws MalformedLineException {
        if (point == null
                || !point.isArray()
                || point.size() != 2
                || !point.get(0).isNumber()) {
            throw new MalformedLineException(name, "", "expected [seconds, \"value\"]");
        }
        String written = point.get(1).asText();
        double value;
        try {
            // Prometheus writes infinities as Go does
            value = switch (written) {
                case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(written) * mapping.toMs();
            };
        } catch (NumberFormatException e) {
            throw new MalformedLineException(name, written, "is not a number");
        }
        recognised.merge(name, 1L, Long::sum);
        if (mapping.field() == null || Double.isNaN(value)) {
            return; // a HikariCP metric no sample holds, or NaN: no observation yet
        }
        mapping.field().check(name, written, value);
        long at = Timestamps.epochMs(
                point.get(0).asDouble(), true, name + " time", point.get(0).asText());
        assembler.put(pool, instance, at, mapping.field(), value);
    }

    private static JsonNode wrap(JsonNode single) {
        return single == null ? null : LifeguardJson.mapper().createArrayNode().add(single);
    }

    /** Values read. */
    public long values() {
        return values;
    }

    /** Metric name → values recognised. */
    public Map<String, Long> recognised() {
        return new HashMap<>(recognised);
    }
}
