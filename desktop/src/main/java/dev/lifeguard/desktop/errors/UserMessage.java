package dev.lifeguard.desktop.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;

/**
 * A message fit for a tired on-call engineer: a short title, one or two readable sentences, and the
 * technical details (stack trace) only on demand.
 *
 * @param severity how loud to be
 * @param title    a few words, e.g. {@code "Could not import incident.json"}
 * @param text     what happened and what to do
 * @param details  the technical details, empty when there are none
 */
public record UserMessage(Level severity, String title, String text, String details) {

    /** How loud a message is. */
    public enum Level {
        INFO,
        WARNING,
        ERROR
    }

    public UserMessage {
        Objects.requireNonNull(severity, "message 'severity'");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("message 'title' must not be blank");
        }
        text = text == null ? "" : text;
        details = details == null ? "" : details;
    }

    /** An informational message without details. */
    public static UserMessage info(String title, String text) {
        return new UserMessage(Level.INFO, title, text, "");
    }

    /** The stack trace of {@code error}, for the details section. */
    static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
