package dev.lifeguard.desktop.cli;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workbench.Workbench;
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
            StoreCommand.class,
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
            ExportTrendsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LifeguardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The use cases every command is an adapter over (commands reach it as their parent command's). */
    private final Workbench workbench;

    /** A root command whose subcommands use {@code workbench}. */
    public LifeguardCommand(Workbench workbench) {
        this.workbench = requireNonNull(workbench, "workbench");
    }

    /** The use cases, built once for this invocation. */
    Workbench workbench() {
        return workbench;
    }

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
        return run(Workbench.standard(), out, err, args);
    }

    /** Runs the CLI over {@code workbench}, writing to the given streams, and returns the exit code. */
    public static int run(Workbench workbench, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new LifeguardCommand(workbench));
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
