package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStoreException;
import dev.lifeguard.incident.store.StoreNotFoundException;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import picocli.CommandLine;

/** Exit codes shared by every command: 0 success, 1 a check failed, 2 bad input. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** Something outside the input went wrong (the store file is locked, a disk is full). */
    public static final int FAILURE = 3;

    private ExitCodes() {}

    /**
     * Prints one line instead of a stack trace; bad input exits 2. Messages often quote the input (a file's line, an
     * id typed on the command line), so their control characters are printed as escapes.
     */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
            if (ex instanceof BadInputException
                    || ex instanceof RunRefusedException
                    || ex instanceof StoreNotFoundException) {
                cli.getErr().println("lifeguard: " + TerminalText.block(ex.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof IncidentStoreException) {
                cli.getErr().println("lifeguard: " + TerminalText.block(ex.getMessage()));
                return FAILURE;
            }
            cli.getErr()
                    .println(
                            "lifeguard: " + ex.getClass().getSimpleName() + ": " + TerminalText.block(ex.getMessage()));
            if (System.getenv("LIFEGUARD_DEBUG") != null) {
                ex.printStackTrace(cli.getErr());
            }
            return FAILURE;
        }
    }
}
