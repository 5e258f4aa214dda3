package uk.pcnplanner.rota.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.Change;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaPlan.RuleLine;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;
import uk.pcnplanner.time.Half;

/**
 * Not part of the build (the name does not end in Test): writes the rota workbook of a synthetic
 * 12-week plan for 120 staff across 8 practices and prints the time it took and the peak heap used.
 * Run with {@code ./mvnw -B -o -q test -Dtest=ExportMeasurement -Dsurefire.failIfNoSpecifiedTests=false}, or
 * with a small heap, which shows the streamed writer stays within it:
 * {@code ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -Xmx96m
 * -cp target/classes:target/test-classes:$(cat target/cp.txt) uk.pcnplanner.rota.export.ExportMeasurement}.
 */
class ExportMeasurement {

    public static void main(String[] args) throws IOException {
        new ExportMeasurement().writeTwelveWeeksForOneHundredAndTwentyStaff();
    }

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final int WEEKS = 12;
    private static final int STAFF = 120;
    private static final int PRACTICES = 8;

    @Test
    void writeTwelveWeeksForOneHundredAndTwentyStaff() throws IOException {
        RotaPlan plan = plan();
        Path file = Files.createTempFile("rota-measurement", ".xlsx");
        for (int run = 1; run <= 3; run++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = heapPeak();
            long started = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                RotaWorkbookWriter.write(plan, out, (written, total) -> {});
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("EXPORT run %d: %d assignments, %d sheets, %d ms, peak heap %d MB (%d MB before), "
                            + "file %d KB, max heap %d MB%n", run, plan.assignments().size(), PRACTICES + 8, millis,
                    heapPeak() >> 20, before >> 20, Files.size(file) >> 10, Runtime.getRuntime().maxMemory() >> 20);
        }
        Files.delete(file);
    }

    /** The sum of the heap pools' peaks since they were reset. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static RotaPlan plan() {
        Random random = new Random(42);
        List<PracticeRef> practices = new ArrayList<>();
        for (int p = 0; p < PRACTICES; p++) {
            practices.add(new PracticeRef("P" + (84001 + p), "Practice " + (p + 1) + " Medical Centre"));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            for (int s = 0; s < STAFF; s++) {
                String id = String.valueOf(1001 + s);
                String name = "Staff Member " + (s + 1);
                PracticeRef base = practices.get(s % PRACTICES);
                for (int session = 0; session < 10; session++) {
                    LocalDate date = START.plusWeeks(week).with(DayOfWeek.of(session / 2 + 1));
                    Half half = Half.values()[session % 2];
                    boolean clinic = random.nextInt(3) == 0;
                    PracticeRef at = clinic ? practices.get(random.nextInt(PRACTICES)) : base;
                    assignments.add(new Assignment((clinic ? "CLINIC|" : "WORK|") + id + "|" + date + "|" + half,
                            date, half, half == Half.AM ? LocalTime.of(8, 30) : LocalTime.of(13, 30),
                            half == Half.AM ? LocalTime.of(12, 30) : LocalTime.of(17, 30), id, name,
                            clinic ? Activity.CLINIC : Activity.WORK, at.code(), "Room " + (s / PRACTICES + 1),
                            List.of(), random.nextInt(20) == 0));
                }
                if (week % 2 == 0) {
                    LocalDate tuesday = START.plusWeeks(week).plusDays(1);
                    String supervisor = String.valueOf(2001 + s % 10);
                    assignments.add(new Assignment("DEBRIEF|" + supervisor + "|" + id + "|" + week, tuesday, Half.AM,
                            LocalTime.of(12, 30), LocalTime.of(13, 0), id, name, Activity.DEBRIEF, base.code(),
                            "Office", List.of(supervisor), false));
                    assignments.add(new Assignment("DEBRIEF|" + supervisor + "|" + id + "|" + week, tuesday, Half.AM,
                            LocalTime.of(12, 30), LocalTime.of(13, 0), supervisor, "Dr Supervisor " + supervisor,
                            Activity.DEBRIEF, base.code(), "Office", List.of(id), false));
                }
            }
        }
        List<Unassigned> unassigned = new ArrayList<>();
        for (int u = 0; u < 200; u++) {
            unassigned.add(new Unassigned(Activity.CLINIC, practices.get(u % PRACTICES).code(), null,
                    START.plusWeeks(u % WEEKS), "No suitable room free at Practice " + (u % PRACTICES + 1)));
        }
        List<RuleLine> rules = List.of(new RuleLine("HARD", "Room double-booked", 1, 0, 0),
                new RuleLine("MEDIUM", "Clinic not scheduled", 1, 200, -200),
                new RuleLine("SOFT", "Several sites in a day", 5, 300, -1500));
        List<Change> changes = new ArrayList<>();
        for (int c = 0; c < 500; c++) {
            changes.add(new Change("Moved", Activity.CLINIC, List.of(practices.get(c % PRACTICES).code()),
                    "Mon 4 Jan AM · Staff Member " + c + " · Practice 1, Room 1",
                    "Tue 5 Jan PM · Staff Member " + c + " · Practice 2, Room 3"));
        }
        return new RotaPlan("Measurement PCN", START, START.plusWeeks(WEEKS).minusDays(1),
                "Published on 1 Jan 2027 09:30 by director", practices, assignments, unassigned, rules, changes);
    }
}
