package org.banyan.simulator.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of {@code simulator.jar}. Exit codes: 0 done, 1 the run failed, 2 bad arguments. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; what tests call instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GenerateCommand(out, err));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("simulator: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (System.getenv("SIMULATOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return cli.execute(args);
    }
}
