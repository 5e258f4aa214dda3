package uk.pcnplanner.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.pcnplanner.Application;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.solver.service.SolveService;
import uk.pcnplanner.solver.service.SolveTicket;

/**
 * Two application instances on one database, as behind a load balancer: while one solves a
 * network, the other refuses to solve it with a message saying so, and accepts once the first has
 * finished or its lease has run out (the instance died).
 */
class TwoInstancesSolveLockTest {

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private SolveService serverA;
    private SolveService serverB;
    private JdbcTemplate database;
    private Network network;
    private List<String> sharedDatabase;

    /**
     * The database both instances share, prepared once per test: a named in-memory H2 database,
     * visible to both contexts in this JVM.
     */
    protected List<String> databaseSettings() {
        return List.of("--spring.datasource.url=jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @BeforeEach
    void startTwoInstances() {
        sharedDatabase = databaseSettings();
        ConfigurableApplicationContext a = start("server-a");
        ConfigurableApplicationContext b = start("server-b");
        serverA = a.getBean(SolveService.class);
        serverB = b.getBean(SolveService.class);
        database = a.getBean(JdbcTemplate.class);
        network = a.getBean(NetworkRepository.class).findFirstByOrderByIdAsc().orElseThrow();
        PortalUser director = PortalUser.operator("director");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
    }

    @AfterEach
    void stopInstances() {
        SecurityContextHolder.clearContext();
        instances.reversed().forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theSecondServerRefusesToSolveANetworkTheFirstIsSolvingAndAcceptsOnceItHasFinished() {
        SolveTicket first = serverA.solve(network.getId());
        assertThat(first.message()).isEqualTo("Solving started");
        assertThat(holder()).isEqualTo("server-a");

        SolveTicket second = serverB.solve(network.getId());
        assertThat(second.accepted()).as("refused, not queued").isFalse();

        assertThat(second.message())
                .startsWith("The " + network.getName() + " network is being solved on another server since ")
                .matches(".* since \\d\\d:\\d\\d\\. Try again when that solve has finished\\.");
        assertThat(serverB.isRunning(network.getId())).as("server B started nothing").isFalse();
        assertThat(serverA.isRunning(network.getId())).as("server A's solve goes on").isTrue();

        serverA.stop(network.getId());
        waitUntil(() -> holder() == null);

        assertThat(serverB.solve(network.getId()).message()).isEqualTo("Solving started");
        assertThat(holder()).isEqualTo("server-b");
        serverB.stop(network.getId());
        waitUntil(() -> holder() == null);
    }

    @Test
    void aCommandLineSolveOnTheSecondServerIsRefusedWhileTheFirstSolvesAndLeavesTheLockAlone() {
        serverA.solve(network.getId());

        assertThatThrownBy(() -> serverB.solveNow(network.getId(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is being solved on another server");
        assertThat(holder()).as("server A still holds it").isEqualTo("server-a");

        serverA.stop(network.getId());
        waitUntil(() -> holder() == null);
        serverB.solveNow(network.getId(), Duration.ofSeconds(1));
        assertThat(holder()).as("released when the command's solve ends").isNull();
    }

    @Test
    void aLockLeftByAServerThatDiedIsTakenOverOnceItsLeaseHasRunOut() {
        lockAs("a-server-that-died", LocalDateTime.now(ZoneOffset.UTC).plusMinutes(10));
        assertThat(serverB.solve(network.getId()).message()).contains("is being solved on another server");
        assertThat(serverB.isRunning(network.getId())).isFalse();

        database.update("update solve_lock set lease_until = ? where network_id = ?",
                Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1)), network.getId());

        assertThat(serverB.solve(network.getId()).message()).isEqualTo("Solving started");
        assertThat(holder()).isEqualTo("server-b");
        assertThat(serverA.solve(network.getId()).message()).contains("is being solved on another server");
        serverB.stop(network.getId());
        waitUntil(() -> holder() == null);
    }

    @Test
    void theLeaseIsRenewedWhileTheSolveRuns() {
        serverA.solve(network.getId());
        LocalDateTime firstLease = leaseUntil();

        waitUntil(() -> leaseUntil().isAfter(firstLease));

        assertThat(holder()).isEqualTo("server-a");
        serverA.stop(network.getId());
        waitUntil(() -> holder() == null);
    }

    private ConfigurableApplicationContext start(String instanceId) {
        List<String> args = new ArrayList<>(sharedDatabase);
        args.addAll(List.of(
                "--pcn.instance-id=" + instanceId,
                // A solve that runs until it is stopped, and a lease renewed every second.
                "--pcn.solver.seconds=3600",
                "--pcn.solver.unimproved-seconds=3600",
                "--pcn.solve-lock.lease-seconds=4",
                "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "--logging.level.root=warn"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
        instances.add(context);
        return context;
    }

    private void lockAs(String holder, LocalDateTime leaseUntil) {
        database.update("insert into solve_lock (network_id, holder, acquired_at, lease_until) values (?, ?, ?, ?)",
                network.getId(), holder, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)), Timestamp.valueOf(leaseUntil));
    }

    private String holder() {
        return database.queryForList("select holder from solve_lock where network_id = ?", String.class, network.getId())
                .stream().findFirst().orElse(null);
    }

    private LocalDateTime leaseUntil() {
        return database.queryForObject("select lease_until from solve_lock where network_id = ?",
                LocalDateTime.class, network.getId());
    }

    /** Solves end and leases renew on other threads; this waits for what the test needs to see. */
    private static void waitUntil(BooleanSupplier condition) {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }
}
