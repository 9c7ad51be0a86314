package dev.lifeguard.poolsim.real;

import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures HikariCP's leak warnings word for word while a run lasts. HikariCP logs through SLF4J; with
 * the {@code slf4j-jdk14} binding its records reach {@code java.util.logging} under {@code com.zaxxer.hikari},
 * where this handler picks out those logged on the run's own threads. While any run is active the
 * records are kept off the console (compressed housekeeping makes HikariCP chatty); they go to the result.
 */
final class HikariLogCapture implements AutoCloseable {

    private static final Logger HIKARI = Logger.getLogger("com.zaxxer.hikari");
    private static int active;
    private static boolean parentHandlers;

    private final Handler handler;

    HikariLogCapture(String threadPrefix, Consumer<String> leakMessages) {
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()
                        && Thread.currentThread().getName().startsWith(threadPrefix)) {
                    String text = format(record);
                    if (text.contains("leak")) {
                        leakMessages.accept(text);
                    }
                }
            }

            @Override
            public void flush() {
                // Nothing buffered.
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
        synchronized (HikariLogCapture.class) {
            if (active++ == 0) {
                parentHandlers = HIKARI.getUseParentHandlers();
                HIKARI.setUseParentHandlers(false);
            }
            HIKARI.addHandler(handler);
        }
    }

    /** The record's message with SLF4J's {@code {}} placeholders filled, as the binding would print it. */
    static String format(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        Object[] params = record.getParameters();
        if (params == null) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Object param : params) {
            int at = message.indexOf("{}", from);
            if (at < 0) {
                break;
            }
            out.append(message, from, at).append(param);
            from = at + 2;
        }
        return out.append(message.substring(from)).toString();
    }

    @Override
    public void close() {
        synchronized (HikariLogCapture.class) {
            HIKARI.removeHandler(handler);
            if (--active == 0) {
                HIKARI.setUseParentHandlers(parentHandlers);
            }
        }
    }
}
