package dev.lifeguard.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Lifeguard's {@code histogram_quantile} against a real Prometheus' answers for the same buckets:
 * {@code ingest/histogram-quantile/answers.tsv}, recorded by {@code record.sh} beside it.
 */
class HistogramQuantileTest {

    private static final String DIR = "/ingest/histogram-quantile/";

    @Test
    void everyRecordedAnswer_isWhatPrometheusGave() throws IOException {
        Map<String, List<double[]>> sets = bucketSets();
        List<String> answers = lines("answers.tsv");
        assertThat(answers).hasSizeGreaterThan(100);
        for (String line : answers) {
            String[] f = line.split("\t");
            double q = Double.parseDouble(f[1]);
            double expected = promValue(f[2]);
            double actual = HistogramQuantile.of(q, sets.get(f[0]));
            // Double.compare: NaN equals NaN, and the values must be the very same double
            assertThat(Double.compare(actual, expected))
                    .as("histogram_quantile(%s) of set %s: %s, Prometheus %s", f[1], f[0], actual, f[2])
                    .isZero();
        }
    }

    @Test
    void recordedAnswers_coverEverySpecialCase() throws IOException {
        Map<String, String> at99 = new HashMap<>();
        for (String line : lines("answers.tsv")) {
            String[] f = line.split("\t");
            if (f[1].equals("0.99")) {
                at99.put(f[0], f[2]);
            }
        }
        // the cases the rules exist for, so a re-recording that lost one fails here
        assertThat(at99.get("rank-in-inf")).isEqualTo("0.2"); // second-highest upper bound
        assertThat(at99.get("no-inf")).isEqualTo("NaN");
        assertThat(at99.get("only-inf")).isEqualTo("NaN");
        assertThat(at99.get("no-observations")).isEqualTo("NaN");
        assertThat(lines("answers.tsv")).anyMatch(l -> l.startsWith("non-positive-first\t0\t-1"));
    }

    @Test
    void interpolation_isLinearInsideTheBucket_fromZeroBelowTheLowest() {
        Map<Double, Double> buckets = Map.of(0.1, 50.0, 0.2, 60.0, Double.POSITIVE_INFINITY, 60.0);
        assertThat(HistogramQuantile.of(0.5, buckets)).isCloseTo(0.06, Offset.offset(1e-15));
        assertThat(HistogramQuantile.of(0.9, buckets)).isCloseTo(0.14, Offset.offset(1e-15));
    }

    @Test
    void quantilesOutsideZeroToOne_areInfinite_andNaNIsNaN() {
        Map<Double, Double> buckets = Map.of(1.0, 1.0, Double.POSITIVE_INFINITY, 1.0);
        assertThat(HistogramQuantile.of(-0.1, buckets)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(HistogramQuantile.of(1.1, buckets)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(HistogramQuantile.of(Double.NaN, buckets)).isNaN();
        assertThat(HistogramQuantile.of(0.5, Map.of())).isNaN();
    }

    private static Map<String, List<double[]>> bucketSets() throws IOException {
        Map<String, List<double[]>> sets = new HashMap<>();
        for (String line : lines("bucket-sets.txt")) {
            String[] f = line.split("\t");
            List<double[]> buckets = new ArrayList<>();
            for (String pair : f[1].split(" ")) {
                String[] p = pair.split("=");
                buckets.add(new double[] {promValue(p[0]), Double.parseDouble(p[1])});
            }
            sets.put(f[0], buckets);
        }
        return sets;
    }

    /** A value as Prometheus writes it: Go's {@code +Inf}, {@code -Inf} and {@code NaN}. */
    private static double promValue(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = HistogramQuantileTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
