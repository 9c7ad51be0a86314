package dev.lifeguard.incident.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeguard.incident.WireEnum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes versioned Lifeguard documents: JSON objects whose first key is
 * {@code "format": "lifeguard.<kind>/<version>"}. Errors come back as {@link DocumentException}s that
 * name the file, line, column and JSON path, never as stack traces.
 */
public final class Documents {

    private Documents() {}

    /**
     * Reads {@code json} (named {@code source} in messages) as a document of {@code format} into {@code type}.
     *
     * @throws DocumentException when the text is not JSON, has another format, or a field is invalid
     */
    public static <T> T read(String json, String source, String format, Class<T> type) throws DocumentException {
        JsonNode tree;
        try {
            tree = LifeguardJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw translate(e, source);
        }
        if (tree == null || !tree.isObject()) {
            throw new DocumentException(
                    source, 1, 1, "", "expected a JSON object with \"format\": \"" + format + "\"", null);
        }
        JsonNode declared = tree.get("format");
        if (declared == null || !declared.isTextual()) {
            throw new DocumentException(source, 1, 1, "format", "missing \"format\": \"" + format + "\"", null);
        }
        if (!declared.asText().equals(format)) {
            throw new DocumentException(
                    source,
                    1,
                    1,
                    "format",
                    "this is a '" + declared.asText() + "' document; expected '" + format + "'",
                    null);
        }
        ObjectNode body = (ObjectNode) tree;
        body.remove("format");
        try {
            // Binding the tree already read spares a second parse of the text, the bulk of reading a store.
            return LifeguardJson.mapper().readerFor(type).readValue(body);
        } catch (JacksonException e) {
            // Fall through: the text again, so that the error keeps its line and column.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String text = stripFormat(json);
            return LifeguardJson.mapper().readerFor(type).readValue(text);
        } catch (JacksonException e) {
            throw translate(e, source, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document from a file; the file name appears in every message. */
    public static <T> T read(Path file, String format, Class<T> type) throws DocumentException {
        return read(readText(file), file.toString(), format, type);
    }

    /** A document file's text (UTF-8), or a {@link DocumentException} naming the file when it cannot be read. */
    public static String readText(Path file) throws DocumentException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file.toString(), 0, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new DocumentException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} as a document of {@code format}, the format key first. */
    public static String write(Object value, String format) {
        ObjectNode tree = LifeguardJson.mapper().createObjectNode();
        tree.put("format", format);
        JsonNode body = LifeguardJson.mapper().valueToTree(value);
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            tree.set(field.getKey(), field.getValue());
        }
        try {
            return LifeguardJson.mapper().writeValueAsString(tree) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Blanks out the top-level {@code "format"} member so the typed reader does not reject it, while
     * leaving every other character (and so every line and column) where it was.
     */
    static String stripFormat(String json) {
        try (var parser = LifeguardJson.mapper().getFactory().createParser(json)) {
            parser.nextToken();
            int depth = 0;
            while (parser.nextToken() != null) {
                var token = parser.currentToken();
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (depth == 0 && token == JsonToken.FIELD_NAME && "format".equals(parser.currentName())) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.nextToken();
                    int end = (int) (parser.currentTokenLocation().getCharOffset()
                            + parser.getText().length()
                            + 2);
                    int after = end;
                    while (after < json.length() && Character.isWhitespace(json.charAt(after))) {
                        after++;
                    }
                    if (after < json.length() && json.charAt(after) == ',') {
                        end = after + 1;
                    } else {
                        // The last member: remove the comma before it instead.
                        int before = start - 1;
                        while (before >= 0 && Character.isWhitespace(json.charAt(before))) {
                            before--;
                        }
                        if (before >= 0 && json.charAt(before) == ',') {
                            start = before;
                        }
                    }
                    return json.substring(0, start) + " ".repeat(end - start) + json.substring(end);
                }
            }
            return json;
        } catch (IOException e) {
            return json;
        }
    }

    /** Turns a Jackson failure into a one-line message with location and path. */
    public static DocumentException translate(JacksonException e, String source) {
        return translate(e, source, null);
    }

    /**
     * Turns a Jackson failure over {@code json} into a one-line message; the location is that of the
     * offending field when it can be found in the text, else where Jackson stopped.
     */
    public static DocumentException translate(JacksonException e, String source, @Nullable String json) {
        JsonLocation location = e.getLocation();
        if (json != null && e instanceof JsonMappingException mapping) {
            JsonLocation field = JsonPathLocator.locate(json, mapping.getPath());
            location = field != null ? field : location;
        }
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String path = "";
        String reason = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping) {
            path = path(mapping);
            if (e instanceof ValueInstantiationException && e.getCause() != null) {
                Throwable root = e.getCause();
                reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            } else if (e instanceof UnrecognizedPropertyException unknown) {
                reason = "unknown field '" + unknown.getPropertyName() + "'";
            } else if (e instanceof InvalidFormatException invalid) {
                reason = "cannot read " + quoted(invalid.getValue()) + " as " + describe(invalid.getTargetType())
                        + firstLine(invalid.getOriginalMessage());
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                reason = "expected " + describe(mismatched.getTargetType()) + firstLine(e.getOriginalMessage());
            }
        }
        return new DocumentException(source, line, column, path, oneLine(reason), e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                String wire = constant instanceof WireEnum w ? w.wire() : constant.toString();
                values.append(values.length() == 0 ? "" : ", ").append(wire);
            }
            return "one of [" + values + "]";
        }
        return switch (type.getSimpleName()) {
            case "OffsetDateTime" -> "a date-time with offset (e.g. 2024-05-10T08:00:00Z)";
            case "LocalDate" -> "a date (e.g. 2024-05-10)";
            case "Instant" -> "an instant (e.g. 2024-05-10T08:00:00Z)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "double", "Double" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            default -> type.getSimpleName();
        };
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int cause = text.indexOf("problem: ");
        return cause >= 0 ? " (" + oneLine(text.substring(cause + 9)) + ")" : "";
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "invalid value";
        }
        int newline = text.indexOf('\n');
        return (newline >= 0 ? text.substring(0, newline) : text).trim();
    }
}
