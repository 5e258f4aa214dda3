package uk.pcnplanner.workbook;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.pcnplanner.Application;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.workbook.service.WorkbookImportService;

/**
 * Imports a generated 120-staff, 20-practice workbook (analysis, then replacement) and prints the time
 * and peak heap. A measurement to run by hand (see the README), not a test.
 */
public final class ImportBenchmark {

    private static final int PRACTICES = 20;
    private static final int SUPERVISORS = 10;
    private static final int STAFF = 120;
    private static final String[] ROLES = {"SPLW", "HWC", "CC", "CP"};

    private ImportBenchmark() {}

    public static void main(String[] args) {
        byte[] workbook = generate().bytes();
        try (ConfigurableApplicationContext context = start()) {
            signIn();
            WorkbookImportService imports = context.getBean(WorkbookImportService.class);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            WorkbookReport report = imports.analyse(workbook);
            long analysed = System.nanoTime();
            imports.replaceNetwork(workbook);
            long replaced = System.nanoTime();
            System.out.printf("Workbook: %,d bytes, %s, errors %d%n", workbook.length, report.counts(),
                    report.errors().size());
            System.out.printf("Analyse: %d ms, replace (analyse again and save): %d ms%n",
                    (analysed - start) / 1_000_000, (replaced - analysed) / 1_000_000);
            System.out.printf("Peak heap during the import: %.1f MB%n", peakHeapMegabytes());
        }
    }

    static WorkbookFixture generate() {
        WorkbookFixture f = WorkbookFixture.valid();
        for (String sheet : Sheets.names()) {
            if (!sheet.equals(Sheets.NETWORK)) {
                f.removeSheet(sheet);
                f.sheet(sheet, Sheets.headers(sheet).toArray(String[]::new));
            }
        }
        for (int p = 1; p <= PRACTICES; p++) {
            String code = practice(p);
            f.row(Sheets.PRACTICES, code, "Practice " + p, 6000 + 97 * p, "Mon-Fri");
            f.row(Sheets.ROOMS, code, "Room 1", "CONSULTING", 2, "Yes", "Mon AM");
            f.row(Sheets.ROOMS, code, "Room 2", "CLINICAL", 2, "No", null);
            f.row(Sheets.ROOMS, code, "Group room", "GROUP", 10, "Yes", "Wed PM");
            f.row(Sheets.DEMAND, code, "SPLW", 2, "Tue AM");
        }
        for (int s = 1; s <= STAFF; s++) {
            staff(f, s);
        }
        f.row(Sheets.RULES, "SPLW", "GROUP", 90, 4, 6);
        for (int i = 1; i <= 10; i++) {
            f.row(Sheets.POSTS, "P" + i, ROLES[i % ROLES.length], 0.8, "5", null, LocalDate.of(2026, 10, 1), null,
                    practice(i));
        }
        return f;
    }

    private static void staff(WorkbookFixture f, int s) {
        String id = String.valueOf(1000 + s);
        String base = practice(1 + s % PRACTICES);
        if (s <= SUPERVISORS) {
            f.row(Sheets.STAFF, id, "Dr Supervisor " + s, "GP", 0.8, null, null, null, null, base, "Mon-Thu", null,
                    null, "Tue 12:30-13:30; Thu 16:30-17:30 remote", 12, null, "No", "PRACTICE");
            return;
        }
        String supervisor = String.valueOf(1000 + 1 + s % SUPERVISORS);
        f.row(Sheets.STAFF, id, "Person " + s, ROLES[s % ROLES.length], 1, "5", null, LocalDate.of(2025, 4, 1), null,
                base, "Mon-Fri", base + ", " + practice(1 + (s + 1) % PRACTICES), supervisor, null, null, null,
                "No", null);
        f.row(Sheets.LEAVE, id, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 12), null);
        f.row(Sheets.LEAVE, id, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 20), "PM");
        f.row(Sheets.BOOKINGS, LocalDate.of(2027, 1, 5), null, LocalTime.of(12, 30), 30, id, "DEBRIEF",
                base, "Room 1", supervisor);
    }

    private static String practice(int p) {
        return String.format("C9%04d", p);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--pcn.demo.enabled=false", "--logging.level.root=OFF",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }

    private static void signIn() {
        PortalUser director = PortalUser.operator("benchmark");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
    }

    private static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024.0 * 1024.0);
    }
}
