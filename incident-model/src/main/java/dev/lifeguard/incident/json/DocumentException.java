package dev.lifeguard.incident.json;

import org.jspecify.annotations.Nullable;

/**
 * A document that could not be read, with where and why: the file, the line and column, and the JSON
 * path of the field (e.g. {@code timeline[3].at}). Its message is one line fit for a terminal.
 */
public final class DocumentException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String reason;

    public DocumentException(
            String source, int line, int column, String path, String reason, @Nullable Throwable cause) {
        super(format(source, line, column, path, reason), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = reason;
    }

    private static String format(String source, int line, int column, String path, String reason) {
        StringBuilder message = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        message.append(": ");
        if (path != null && !path.isEmpty()) {
            message.append("at ").append(path).append(": ");
        }
        return message.append(reason).toString();
    }

    /** The file or other source name. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The JSON path of the offending field, or an empty string. */
    public String path() {
        return path;
    }

    /** Why it failed, without location. */
    public String reason() {
        return reason;
    }
}
