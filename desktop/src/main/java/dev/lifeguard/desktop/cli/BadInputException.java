package dev.lifeguard.desktop.cli;

/** The user's input is wrong; the message names the file, line or field. The CLI exits 2. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
