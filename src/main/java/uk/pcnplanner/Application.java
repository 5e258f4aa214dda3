package uk.pcnplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.pcnplanner.cli.CommandLine;

/** Starts the portal, or runs a command such as {@code validate} when the first argument names one. */
@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, System.out));
        }
        SpringApplication.run(Application.class, args);
    }
}
