package uk.pcnplanner.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.Application;
import uk.pcnplanner.budget.service.BudgetReferenceService;
import uk.pcnplanner.budget.service.OnCostService;
import uk.pcnplanner.budget.service.PayService;
import uk.pcnplanner.budget.service.ScenarioService;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.service.RoleCatalogueService;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.service.SolveService;
import uk.pcnplanner.solver.weights.ConstraintWeightService;
import uk.pcnplanner.solver.weights.RotationSetting;
import uk.pcnplanner.workbook.WorkbookCells;

/**
 * A backup of the demo network, restored into a fresh empty installation and backed up again,
 * gives back every file: the network workbook cell for cell, every other part byte for byte, and
 * the audit history with the restore's own entries after it.
 */
@SpringBootTest
@DirtiesContext
class BackupRoundTripTest {

    @Autowired
    BackupService backups;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    BudgetReferenceService budgetReference;

    @Autowired
    RoleCatalogueService roles;

    @Autowired
    ConstraintWeightService weights;

    @Autowired
    SolveService solves;

    @Autowired
    NetworkRepository networks;

    @Autowired
    UserDetailsService users;

    @Autowired
    BookingRepository bookings;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    RoomRepository roomRepository;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    OnCostService onCosts;

    @Autowired
    PayService pay;

    @Autowired
    JdbcTemplate database;

    @Autowired
    PublishService publishing;

    private final List<ConfigurableApplicationContext> others = new ArrayList<>();

    @AfterEach
    void closeOtherInstallations() {
        SecurityContextHolder.clearContext();
        contexts.clearContext();
        others.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aBackupRestoredIntoAnEmptyInstallationLosesNothing() throws Exception {
        signInHereAs("director");
        long networkId = networks.findFirstByOrderByIdAsc().orElseThrow().getId();
        scenarios.copyCurrentPlan("Two more link workers");
        budgetReference.enterArrsRate("2031/32", new BigDecimal("1.0375"), "Network contract, \"draft\" figure");
        roles.recordAmount("CC", PayArea.NATIONAL, LocalDate.of(2026, 4, 1), new BigDecimal("37012"), AmountStatus.ESTIMATE,
                "Estimate, pending the 2026/27 pay award");
        weights.change(networkId, PlanWeights.ROOM_CHANGES, 7);
        RotationSetting rotation = weights.rotation(networkId);
        rotation.setPracticesPerWeek(3);
        weights.saveRotation(rotation);
        onCosts.enterEmployerNi("2031/32", new BigDecimal("0.1450"), new BigDecimal("5200"), "HMRC 2031/32");
        pay.enterSalary("2031/32", "6", 2, new BigDecimal("41000"), "NHS Employers 2031/32 pay award");
        database.update("update staff set pay_point = 2 where network_id = ? and staff_code = '1017'", networkId);
        solves.solveNow(networkId, Duration.ofSeconds(2));
        Network network = networks.findFirstByOrderByIdAsc().orElseThrow();
        publishing.publish(network.getRotaStart(), network.getRotaStart().plusDays(6));
        publishing.publish(network.getRotaStart(), network.rotaEnd());
        bookSomething();

        byte[] first = backups.backup();
        Map<String, byte[]> before = unzip(first);
        assertThat(before.keySet()).contains("backup.properties", "network.xlsx", "audit.csv", "scenarios.csv",
                "scenario-posts.csv", "arrs-rate-entries.csv", "role-amounts.csv", "constraint-weights.csv",
                "plan-drafts.csv", "plan-draft-items.csv", "logins.csv", "employer-ni-entries.csv",
                "pay-point-entries.csv", "staff-pay-points.csv", "rotation-settings.csv");
        assertThat(lines(before, "employer-ni-entries.csv")).anyMatch(l -> l.contains("HMRC 2031/32"));
        assertThat(lines(before, "pay-point-entries.csv")).anyMatch(l -> l.contains("41000"));
        assertThat(lines(before, "staff-pay-points.csv")).anyMatch(l -> l.contains("1017"));
        assertThat(lines(before, "publications.csv")).hasSize(3);
        assertThat(lines(before, "published-assignments.csv")).hasSizeGreaterThan(50);
        assertThat(lines(before, "published-rules.csv")).hasSizeGreaterThan(3);
        assertThat(lines(before, "rotation-settings.csv")).anyMatch(l -> l.matches("\"?3\"?,.*"));
        assertThat(lines(before, "scenarios.csv")).hasSize(2);
        assertThat(lines(before, "scenario-posts.csv")).hasSizeGreaterThan(5);
        assertThat(lines(before, "plan-draft-items.csv")).hasSizeGreaterThan(50);
        assertThat(lines(before, "arrs-rate-entries.csv")).anyMatch(l -> l.contains("\"draft\"\" figure\""));
        assertThat(WorkbookCells.of(before.get("network.xlsx")).get("Bookings")).hasSize(3);

        ConfigurableApplicationContext empty = emptyInstallation();
        BackupService restoring = empty.getBean(BackupService.class);
        assertThat(restoring.isEmptyInstallation()).isTrue();
        String message = restoring.restore(first);
        assertThat(message).startsWith("Restored " + networks.findFirstByOrderByIdAsc().orElseThrow().getName());
        Map<String, byte[]> after = unzip(restoring.backup());

        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(WorkbookCells.of(after.get("network.xlsx"))).isEqualTo(WorkbookCells.of(before.get("network.xlsx")));
        for (String file : before.keySet()) {
            if (!file.equals("network.xlsx") && !file.equals("audit.csv") && !file.equals("backup.properties")) {
                assertThat(text(after, file)).as(file).isEqualTo(text(before, file));
            }
        }
        List<String> auditBefore = lines(before, "audit.csv");
        List<String> auditAfter = lines(after, "audit.csv");
        assertThat(auditAfter.subList(0, auditBefore.size())).as("the history, unchanged").isEqualTo(auditBefore);
        assertThat(auditAfter.subList(auditBefore.size(), auditAfter.size()))
                .as("then the restore's own entries")
                .satisfiesExactly(
                        importing -> assertThat(importing).contains("\"Workbook import\"", "\"restorer\""),
                        restored -> assertThat(restored).contains("\"Restored from backup\"", "\"restorer\""));
    }

    @Test
    void aBackupIsRestoredOnlyIntoAnEmptyInstallationAndOnlyByTheClinicalDirector() throws Exception {
        signInHereAs("director");
        byte[] backup = backups.backup();

        assertThat(backups.isEmptyInstallation()).isFalse();
        assertThatThrownBy(() -> backups.restore(backup))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("already holds data")
                .hasMessageContaining("only into an empty installation");

        signInHereAs("pm.castle");
        assertThatThrownBy(backups::backup).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restore(backup)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDamagedBackupIsRefusedAndLeavesTheInstallationEmpty() throws Exception {
        signInHereAs("director");
        Map<String, byte[]> files = unzip(backups.backup());
        String items = text(files, "plan-drafts.csv");
        files.put("plan-drafts.csv", (items + "\"not a time\",\"0hard/0medium/0soft\",\"3\"\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] damaged = zip(files);

        BackupService restoring = emptyInstallation().getBean(BackupService.class);

        assertThatThrownBy(() -> restoring.restore(damaged))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("nothing was saved")
                .hasMessageContaining("plan-drafts.csv line")
                .hasMessageContaining("\"not a time\" is not a valid timestamp value");
        assertThat(restoring.isEmptyInstallation()).as("the workbook saved before the bad line was undone").isTrue();
        assertThatThrownBy(() -> restoring.restore("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("not a zip file");
    }

    /** The demo has no bookings: one booked clinic, and a debrief with its supervisee. */
    private void bookSomething() {
        var network = networks.findFirstByOrderByIdAsc().orElseThrow();
        var people = staffRepository.findByNetworkOrderByName(network);
        Staff lead = people.getFirst();
        Room room = roomRepository.findByPracticeOrderByName(lead.getBasePractice()).getFirst();
        Booking clinic = new Booking(network, network.getRotaStart(), lead, Activity.CLINIC);
        clinic.setHalf(Half.AM);
        clinic.setPractice(room.getPractice());
        clinic.setRoom(room);
        Booking debrief = new Booking(network, network.getRotaStart().plusDays(1), lead, Activity.DEBRIEF);
        debrief.setHalf(Half.PM);
        debrief.setTime(LocalTime.of(13, 0), 30);
        debrief.setWith(Set.of(people.get(1)));
        bookings.saveAll(List.of(clinic, debrief));
    }

    /** A new installation on its own empty database, as after a fresh install; nobody has signed in. */
    private ConfigurableApplicationContext emptyInstallation() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--pcn.demo.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "--logging.level.root=warn");
        others.add(context);
        assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from app_user", Long.class)).isZero();
        PortalUser restorer = PortalUser.operator("restorer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(restorer, null, restorer.getAuthorities()));
        return context;
    }

    private void signInHereAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static List<String> lines(Map<String, byte[]> files, String name) {
        return Arrays.asList(text(files, name).split("\r\n"));
    }
}
