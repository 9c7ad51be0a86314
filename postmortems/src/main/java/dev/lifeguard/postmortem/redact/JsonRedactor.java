package dev.lifeguard.postmortem.redact;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.lifeguard.incident.json.LifeguardJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks secrets in the string values of a JSON document (an incident, a {@code query_range} answer) before it is
 * read. Each string is decoded, redacted by the {@link Redactor}, and written back in place, so the layout and every
 * line number stay as they were; a redaction names the line of its string. Text that is not JSON is returned as it
 * is, for the reader to report.
 */
public final class JsonRedactor {

    private JsonRedactor() {}

    /** {@code json} with every secret in its string values masked. */
    public static Redacted redact(String json) {
        StringBuilder out = null;
        List<Redaction> found = new ArrayList<>();
        int copied = 0;
        try (JsonParser parser = LifeguardJson.mapper().getFactory().createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t != JsonToken.VALUE_STRING && t != JsonToken.FIELD_NAME) {
                    continue;
                }
                String value = t == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText();
                Redacted r = Redactor.redact(value);
                if (r.redactions().isEmpty()) {
                    continue;
                }
                int line = parser.currentTokenLocation().getLineNr();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                int end = t == JsonToken.FIELD_NAME
                        ? closingQuote(json, start)
                        : (int) parser.currentLocation().getCharOffset();
                if (out == null) {
                    out = new StringBuilder(json.length());
                }
                out.append(json, copied, start)
                        .append('"')
                        .append(JsonStringEncoder.getInstance().quoteAsString(r.text()))
                        .append('"');
                copied = end;
                r.redactions().forEach(x -> found.add(new Redaction(x.kind(), Math.max(1, line))));
            }
        } catch (JacksonException e) {
            return new Redacted(json, List.of()); // not JSON: the reader says where, with the original text
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
        if (out == null) {
            return new Redacted(json, List.of());
        }
        out.append(json, copied, json.length());
        return new Redacted(out.toString(), found);
    }

    /** The index after the closing quote of the field name that starts at {@code start}. */
    private static int closingQuote(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        return json.length();
    }
}
