package dev.lifeguard.scrape;

import java.util.HashMap;
import java.util.Map;

/**
 * One sample line of the Prometheus / OpenMetrics text format, parsed.
 *
 * @param name        the metric name
 * @param labels      label name → value (unescaped)
 * @param value       the value (NaN and ±Inf are allowed by the format)
 * @param valueText   the value as written, for messages
 * @param timestampMs the sample's own timestamp in epoch milliseconds, or {@code null} when it has none
 */
public record ExpositionLine(
        String name, Map<String, String> labels, double value, String valueText, Long timestampMs) {

    /**
     * Parses a sample line (not a comment, not blank).
     *
     * @throws MalformedLineException saying what is wrong and at which column, or which value is unreadable
     */
    public static ExpositionLine parse(String line) throws MalformedLineException {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        int nameStart = i;
        while (i < n && isNameChar(line.charAt(i), i == nameStart)) {
            i++;
        }
        if (i == nameStart) {
            throw new MalformedLineException("line", "", "expected a metric name at column " + (i + 1));
        }
        String name = line.substring(nameStart, i);
        Map<String, String> labels = Map.of();
        if (i < n && line.charAt(i) == '{') {
            labels = new HashMap<>();
            i = labels(line, i + 1, labels);
        }
        String[] rest = line.substring(i).trim().split("\\s+");
        if (rest.length == 0 || rest[0].isEmpty()) {
            throw new MalformedLineException(name, "", "the metric has no value");
        }
        if (rest.length > 2 && !rest[2].startsWith("#")) {
            throw new MalformedLineException(name, "", "unexpected text after the timestamp");
        }
        double value = number(rest[0], name);
        Long timestamp = rest.length >= 2 && !rest[1].startsWith("#") ? timestamp(rest[1], name) : null;
        return new ExpositionLine(name, labels, value, rest[0], timestamp);
    }

    private static int labels(String line, int i, Map<String, String> out) throws MalformedLineException {
        int n = line.length();
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == ',')) {
                i++;
            }
            if (i < n && line.charAt(i) == '}') {
                return i + 1;
            }
            int start = i;
            while (i < n && isNameChar(line.charAt(i), i == start)) {
                i++;
            }
            if (i == start || i + 1 >= n || line.charAt(i) != '=' || line.charAt(i + 1) != '"') {
                throw new MalformedLineException("labels", "", "expected label=\"value\" at column " + (start + 1));
            }
            String key = line.substring(start, i);
            i += 2;
            StringBuilder value = new StringBuilder();
            while (i < n && line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                i++;
            }
            if (i >= n) {
                throw new MalformedLineException(key, "", "the label has no closing quote");
            }
            out.put(key, value.toString());
            i++;
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_'
                || c == ':'
                || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (!first && c >= '0' && c <= '9');
    }

    private static double number(String text, String name) throws MalformedLineException {
        switch (text) {
            case "+Inf", "Inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-Inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "NaN" -> {
                return Double.NaN;
            }
            default -> {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new MalformedLineException(name, text, "is not a number");
                }
            }
        }
    }

    /**
     * Prometheus text writes epoch milliseconds as an integer; OpenMetrics writes epoch seconds, usually with a
     * fraction. Values below 10^11 cannot be milliseconds of any plausible date (that is 1973), so they are seconds.
     */
    private static Long timestamp(String text, String name) throws MalformedLineException {
        double raw;
        try {
            raw = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new MalformedLineException(name + " timestamp", text, "is not a number");
        }
        boolean seconds = text.contains(".") || text.contains("e") || text.contains("E") || Math.abs(raw) < 1e11;
        return Timestamps.epochMs(raw, seconds, name + " timestamp", text);
    }
}
