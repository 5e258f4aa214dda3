package uk.pcnplanner.demo;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import uk.pcnplanner.demo.DemoPlan.PracticePlan;
import uk.pcnplanner.demo.DemoPlan.StaffPlan;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindow;
import uk.pcnplanner.time.SupervisionWindows;

/**
 * The additional-roles staff and their GP supervisors. Who does what where is a fixed table a
 * clinical director would recognise; names and working patterns come from the seed.
 */
final class DemoStaff {

    private static final List<StaffPlan> SUPERVISORS = List.of(
            gp("2001", "Dr Priya Patel", "C84001", "Mon-Thu", "Tue 12:30-13:30; Thu 16:30-17:30 remote", 6),
            gp("2002", "Dr James O'Connor", "C84002", "Mon-Wed, Fri",
                    "Mon 12:30-13:30; Wed 12:30-13:30; Wed 16:00-17:30", 8),
            gp("2003", "Dr Aisha Rahman", "C84003", "Tue-Thu",
                    "Tue 16:30-17:30; Wed 12:30-13:30; Thu 12:30-13:30 remote", 7),
            gp("2004", "Dr Tom Whitfield", "C84005", "Mon, Thu, Fri",
                    "Mon 12:30-13:30; Mon 16:30-17:30; Fri 12:30-13:30 remote", 6));

    /** Link workers and coaches rotate across two or three practices; everyone else stays at base. */
    private record Post(String code, String role, String band, String wte, String base, String supervisor,
            List<String> practices) {}

    private static final List<Post> POSTS = List.of(
            post("1001", "SPLW", "5", "1.0", "C84002", "2002", "C84002", "C84001"),
            post("1002", "SPLW", "5", "0.8", "C84001", "2001", "C84001", "C84004", "C84007"),
            post("1003", "SPLW", "4", "1.0", "C84003", "2003", "C84003", "C84006"),
            post("1004", "SPLW", "5", "0.6", "C84005", "2004", "C84005", "C84004"),
            post("1005", "SPLW", "5", "0.8", "C84002", "2002", "C84002", "C84003", "C84007"),
            post("1006", "SPLW", "4", "0.5", "C84001", "2001", "C84001", "C84005", "C84006"),
            post("1007", "HWC", "5", "0.8", "C84002", "2002", "C84002", "C84005"),
            post("1008", "HWC", "4", "0.6", "C84001", "2003", "C84001", "C84003"),
            post("1009", "HWC", "5", "1.0", "C84003", "2003", "C84003", "C84006", "C84007"),
            post("1010", "HWC", "5", "0.5", "C84005", "2004", "C84005", "C84004"),
            post("1011", "CC", "4", "1.0", "C84002", "2002"),
            post("1012", "CC", "4", "0.8", "C84002", "2002"),
            post("1013", "CC", "4", "1.0", "C84001", "2001"),
            post("1014", "CC", "4", "0.6", "C84003", "2003"),
            post("1015", "CC", "4", "1.0", "C84005", "2004"),
            post("1016", "CC", "4", "0.6", "C84004", "2004"),
            post("1017", "CP", "8a", "1.0", "C84002", null),
            post("1018", "CP", "7", "0.8", "C84002", "2002"),
            post("1019", "CP", "7", "1.0", "C84003", "2003"),
            post("1020", "CP", "7", "0.6", "C84001", null),
            post("1021", "CP", "8a", "0.8", "C84005", null),
            post("1022", "PT", "5", "1.0", "C84001", "2001"),
            post("1023", "PT", "5", "0.8", "C84003", "2003"),
            post("1024", "PT", "5", "0.6", "C84005", "2004"),
            post("1025", "FCP", "7", "1.0", "C84002", null),
            post("1026", "FCP", "7", "0.6", "C84003", null),
            post("1027", "FCP", "8a", "0.8", "C84004", null),
            post("1028", "FCP", "7", "0.5", "C84007", null),
            post("1029", "MHP", "7", "0.8", "C84002", null),
            post("1030", "MHP", "6", "0.6", "C84001", null),
            post("1031", "MHP", "6", "1.0", "C84004", null),
            post("1032", "AP", "8a", "1.0", "C84006", null),
            post("1033", "GPN_NEW", "5", "0.6", "C84007", null),
            post("1034", "PARA", "7", "1.0", "C84004", null));

    private static final Map<String, LocalDate> STARTED = Map.of(
            "1003", LocalDate.of(2026, 9, 14),
            "1008", LocalDate.of(2026, 11, 2),
            "1019", LocalDate.of(2026, 8, 3),
            "1028", LocalDate.of(2026, 10, 5));
    private static final Map<String, LocalDate> LEAVING = Map.of("1014", LocalDate.of(2027, 1, 22));
    // Above the band's entry point, which is what a band alone would cost.
    private static final Map<String, BigDecimal> SALARIES = Map.of(
            "1005", new BigDecimal("37796"),
            "1015", new BigDecimal("30162"),
            "1021", new BigDecimal("62682"),
            "1027", new BigDecimal("58487"));
    private static final Set<String> NEEDS_ACCESSIBLE = Set.of("1012");

    private static final List<String> NAMES = List.of(
            "Amara Okafor", "Ben Hughes", "Chloe Whitaker", "Daniel Kowalski", "Ellie Mensah", "Fatima Begum",
            "George Thompson", "Hannah Price", "Imran Hussain", "Jasmine Kaur", "Kieran Doyle", "Laura McKenzie",
            "Mohammed Ali", "Niamh Gallagher", "Oliver Bennett", "Priyanka Shah", "Rhys Evans", "Sadia Chowdhury",
            "Tomasz Nowak", "Zainab Yusuf", "Grace Adeyemi", "Callum Fraser", "Megan Lloyd", "Arjun Mistry",
            "Lucy Harrison", "Kwame Asante", "Sophie Turner", "Ewa Zielinska", "Liam O'Brien", "Aaliyah Campbell",
            "Hamza Iqbal", "Rebecca Shaw", "Yusuf Demir", "Charlotte Webb", "Nathan Reid", "Mei Chen",
            "Joanna Pearce", "Samuel Osei", "Isla Robertson", "Ravi Chauhan", "Gemma Walsh", "Siobhan Murphy");

    private DemoStaff() {}

    /** Additional-roles staff in Staff ID order, then the supervisors. */
    static List<StaffPlan> staff(List<PracticePlan> practices, Random random) {
        Map<String, SessionSet> open =
                practices.stream().collect(toMap(PracticePlan::code, PracticePlan::openSessions));
        Map<String, StaffPlan> supervisors =
                SUPERVISORS.stream().collect(toMap(StaffPlan::code, Function.identity()));
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, random);
        List<StaffPlan> staff = new ArrayList<>();
        for (int i = 0; i < POSTS.size(); i++) {
            Post post = POSTS.get(i);
            Set<DayOfWeek> supervisionDays =
                    post.supervisor() == null ? Set.of() : windowDays(supervisors.get(post.supervisor()));
            BigDecimal wte = new BigDecimal(post.wte());
            SessionSet sessions = WorkingPatterns.pick(wte, open.get(post.base()), supervisionDays, random);
            staff.add(plan(post, names.get(i), wte, sessions));
        }
        staff.addAll(SUPERVISORS);
        return List.copyOf(staff);
    }

    private static StaffPlan plan(Post post, String name, BigDecimal wte, SessionSet sessions) {
        String code = post.code();
        return new StaffPlan(code, name, post.role(), wte, post.band(), SALARIES.get(code), STARTED.get(code),
                LEAVING.get(code), post.base(), sessions, post.practices(), post.supervisor(),
                SupervisionWindows.none(), Staff.DEFAULT_SUPERVISEE_CAPACITY, NEEDS_ACCESSIBLE.contains(code));
    }

    private static Set<DayOfWeek> windowDays(StaffPlan supervisor) {
        return supervisor.windows().windows().stream().map(SupervisionWindow::day).collect(toSet());
    }

    private static Post post(String code, String role, String band, String wte, String base, String supervisor,
            String... practices) {
        return new Post(code, role, band, wte, base, supervisor, List.of(practices));
    }

    // GPs are paid by their practice, so they need neither band nor salary.
    private static StaffPlan gp(String code, String name, String base, String sessions, String windows, int capacity) {
        SessionSet working = SessionSet.parse(sessions);
        return new StaffPlan(code, name, "GP", BigDecimal.valueOf(working.size(), 1), null, null, null, null, base,
                working, List.of(), null, SupervisionWindows.parse(windows), capacity, false);
    }
}
