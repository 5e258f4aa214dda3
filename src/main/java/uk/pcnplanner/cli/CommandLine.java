package uk.pcnplanner.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.pcnplanner.Application;
import uk.pcnplanner.security.PortalUser;

/**
 * The application jar's commands ({@code java -jar app.jar validate --input network.xlsx}). Each runs
 * without the web server, on an empty in-memory database, as a clinical director, printing only its
 * own output.
 */
public final class CommandLine {

    /** A command that is not known, or is missing an option it needs. */
    public static final int USAGE = 64;

    // Vaadin's auto-configuration expects a web server; a command needs none of it.
    private static final String VAADIN = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("validate", new ValidateCommand());
        COMMANDS.put("solve", new SolveCommand());
        COMMANDS.put("budget", new BudgetCommand());
    }

    private CommandLine() {}

    /** Whether the arguments name a command rather than start the portal. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** @return the exit code */
    public static int run(String[] args, PrintStream out) {
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            out.println("Unknown command \"" + args[0] + "\". Commands:");
            COMMANDS.values().forEach(c -> out.println("  java -jar pcn-workforce-planner.jar " + c.usage()));
            return USAGE;
        }
        try (ConfigurableApplicationContext context = start()) {
            signInAsDirector(context);
            return command.run(context, Options.parse(args), out);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--pcn.demo.enabled=false",
                        "--pcn.admin.username=",
                        "--logging.level.root=OFF",
                        "--spring.autoconfigure.exclude=" + VAADIN);
    }

    // The services' method security asks who is calling, as it does on the web.
    private static void signInAsDirector(ConfigurableApplicationContext context) {
        PortalUser director = PortalUser.operator("command line");
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities());
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(authentication);
        strategy.setContext(securityContext);
    }
}
