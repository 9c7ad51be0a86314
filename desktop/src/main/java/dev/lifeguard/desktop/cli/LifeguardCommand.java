package dev.lifeguard.desktop.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code lifeguard <command>}. With no command the console opens instead. */
@Command(
        name = "lifeguard",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Connection-pool incidents: store, simulate, document.",
        subcommands = {
            DemoCommand.class,
            ListCommand.class,
            ShowCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SuggestCommand.class,
            SimulateCommand.class,
            SweepCommand.class,
            CheckCommand.class,
            SizeCommand.class,
            IngestCommand.class,
            WatchCommand.class,
            BackupCommand.class,
            TrendsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LifeguardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the process's own streams and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI writing to the given streams (tests capture them) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new LifeguardCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ExitCodes.ErrorHandler());
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("lifeguard: " + ex.getMessage());
            ex.getCommandLine()
                    .getErr()
                    .println("Try 'lifeguard " + ex.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
