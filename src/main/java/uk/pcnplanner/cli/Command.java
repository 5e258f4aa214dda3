package uk.pcnplanner.cli;

import java.io.PrintStream;
import org.springframework.context.ApplicationContext;

/** One command of the command line, run inside a started application without its web server. */
interface Command {

    /** How the usage message shows it, e.g. {@code validate --input network.xlsx}. */
    String usage();

    /** @return the process exit code */
    int run(ApplicationContext context, Options options, PrintStream out);
}
