package uk.pcnplanner.solver.lock;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure two application instances on one database never solve the same network at once.
 * The lock is a row in {@code solve_lock} holding a lease: the instance that holds it renews the
 * lease while it solves and deletes the row when the solve ends. An instance that dies stops
 * renewing, its lease runs out, and the next request on any instance takes the lock over.
 *
 * <p>Every statement runs in its own short transaction, so a lock is visible to the other
 * instances at once and never waits on the caller's transaction.
 */
@Component
public class SolveLock {

    private static final Logger log = LoggerFactory.getLogger(SolveLock.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration lease;
    private final String instanceId;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer;

    SolveLock(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${pcn.solve-lock.lease-seconds:120}") long leaseSeconds,
            @Value("${pcn.instance-id:}") String instanceId) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.lease = Duration.ofSeconds(Math.max(leaseSeconds, 3));
        this.instanceId = instanceId.isBlank() ? defaultInstanceId() : instanceId.trim();
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "solve-lock-renewer");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, lease.toSeconds() / 4);
        renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.SECONDS);
    }

    /** This instance's name in the lock table. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Takes the lock for the network, or takes over a lease that has run out.
     *
     * @return empty when this instance now holds the lock; otherwise the message for the person
     *     who asked, naming the network and since when another server has been solving it
     */
    public Optional<String> tryAcquire(long networkId) {
        Instant now = clock.instant();
        if (insert(networkId, now) || takeOverExpiredOrOwn(networkId, now)) {
            held.add(networkId);
            return Optional.empty();
        }
        return Optional.of(refusal(networkId));
    }

    /** Ends this instance's hold on the network; nothing happens if another instance holds it. */
    public void release(long networkId) {
        held.remove(networkId);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "delete from solve_lock where network_id = ? and holder = ?", networkId, instanceId));
        } catch (RuntimeException e) {
            log.warn("Could not release the solve lock on network {}; its lease will run out", networkId, e);
        }
    }

    /** Pushes back the lease of every lock this instance holds; a lock found taken over is dropped. */
    void renewAll() {
        for (Long networkId : List.copyOf(held)) {
            try {
                Integer renewed = ownTransaction.execute(status -> jdbc.update(
                        "update solve_lock set lease_until = ? where network_id = ? and holder = ?",
                        utc(clock.instant().plus(lease)), networkId, instanceId));
                if (renewed == null || renewed == 0) {
                    held.remove(networkId);
                    log.warn("The solve lock on network {} was taken over by another instance", networkId);
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the solve lock on network {}", networkId, e);
            }
        }
    }

    private boolean insert(long networkId, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into solve_lock (network_id, holder, acquired_at, lease_until) values (?, ?, ?, ?)",
                    networkId, instanceId, utc(now), utc(now.plus(lease))));
            return true;
        } catch (DataIntegrityViolationException alreadyLocked) {
            return false;
        }
    }

    private boolean takeOverExpiredOrOwn(long networkId, Instant now) {
        Integer taken = ownTransaction.execute(status -> jdbc.update("""
                update solve_lock set holder = ?, acquired_at = ?, lease_until = ?
                where network_id = ? and (lease_until < ? or holder = ?)""",
                instanceId, utc(now), utc(now.plus(lease)), networkId, utc(now), instanceId));
        if (taken != null && taken > 0) {
            log.info("Took over the solve lock on network {}", networkId);
            return true;
        }
        return false;
    }

    private String refusal(long networkId) {
        String network = ownTransaction.execute(status -> jdbc.queryForList(
                        "select name from network where id = ?", String.class, networkId))
                .stream().findFirst().map(name -> "The " + name + " network").orElse("This network");
        Optional<LocalDateTime> since = ownTransaction.execute(status -> jdbc.queryForList(
                        "select acquired_at from solve_lock where network_id = ?", LocalDateTime.class, networkId))
                .stream().findFirst();
        return network + " is being solved on another server"
                + since.map(t -> " since " + HH_MM.format(t.toInstant(ZoneOffset.UTC).atZone(LONDON))).orElse("")
                + ". Try again when that solve has finished.";
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @PreDestroy
    void close() {
        renewer.shutdownNow();
        List.copyOf(held).forEach(this::release);
    }
}
