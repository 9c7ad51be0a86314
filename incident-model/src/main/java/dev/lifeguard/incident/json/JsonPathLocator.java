package dev.lifeguard.incident.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a JSON path points in the text. Jackson reports errors for records at the end of the
 * object it was buffering; users need the line of the field itself.
 */
final class JsonPathLocator {

    private JsonPathLocator() {}

    /** The location of the field or element at {@code path}, or {@code null} when it is not in the text. */
    static @Nullable JsonLocation locate(String json, List<Reference> path) {
        if (path.isEmpty()) {
            return null;
        }
        try (JsonParser parser = LifeguardJson.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() == null) {
                return null;
            }
            return descend(parser, path, 0);
        } catch (IOException e) {
            return null;
        }
    }

    private static @Nullable JsonLocation descend(JsonParser parser, List<Reference> path, int depth)
            throws IOException {
        Reference step = path.get(depth);
        boolean last = depth == path.size() - 1;
        if (parser.currentToken() == JsonToken.START_OBJECT && step.getFieldName() != null) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean match = step.getFieldName().equals(parser.currentName());
                JsonLocation nameLocation = parser.currentTokenLocation();
                parser.nextToken();
                if (match) {
                    return last ? nameLocation : descend(parser, path, depth + 1);
                }
                parser.skipChildren();
            }
            return null;
        }
        if (parser.currentToken() == JsonToken.START_ARRAY && step.getIndex() >= 0) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY && parser.currentToken() != null) {
                if (index++ == step.getIndex()) {
                    return last ? parser.currentTokenLocation() : descend(parser, path, depth + 1);
                }
                parser.skipChildren();
            }
        }
        return null;
    }
}
