package uk.pcnplanner.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.Site;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindow;
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.time.TimeRange;

/**
 * Seeded planning problems of a given size, built straight as a {@link PlanSolution}: networks of
 * practices shaped like the demo (GP surgeries hold the first consulting rooms every morning, link
 * workers rotate over two or three practices, supervisors supervise at lunchtime or remotely late on).
 */
final class InstanceGenerator {

    /**
     * @param linkWorkers per network; others: per network, additional-roles staff who need a room
     *     at their base; supervisors: per network, GPs with supervision windows
     */
    record Size(String name, int networks, int practices, int linkWorkers, int others, int supervisors, int weeks) {

        int staff() {
            return networks * (linkWorkers + others + supervisors);
        }
    }

    static final Size S = new Size("S", 1, 3, 3, 6, 2, 1);
    static final Size M = new Size("M", 1, 7, 6, 28, 4, 4);
    static final Size L = new Size("L", 1, 20, 20, 90, 10, 12);
    static final Size XL = new Size("XL", 10, 7, 6, 30, 4, 12);

    static final List<Size> ALL = List.of(S, M, L, XL);

    private static final LocalDate ROTA_START = LocalDate.of(2027, 1, 4);
    private static final Horizon BASE = new Horizon(ROTA_START, 1, TimeRange.parse("08:30-12:30"),
            TimeRange.parse("13:30-17:30"), PlanWeights.DEFAULT_PRACTICES_PER_WEEK, PlanWeights.DEFAULT_UNPOPULAR);
    private static final RoomNeed[] OTHER_NEEDS = {RoomNeed.CONSULTING, RoomNeed.CONSULTING, RoomNeed.OFFICE,
        RoomNeed.CLINICAL, RoomNeed.CONSULTING};
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    private final Size size;
    private final Random random;
    private final Horizon horizon;
    private final AtomicLong ids = new AtomicLong();
    private final List<Site> sites = new ArrayList<>();
    private final List<PlanRoom> rooms = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<ClinicItem> clinics = new ArrayList<>();
    private final List<WorkItem> work = new ArrayList<>();
    private final List<SupervisionItem> supervision = new ArrayList<>();

    private InstanceGenerator(Size size, long seed) {
        this.size = size;
        this.random = new Random(seed);
        this.horizon = new Horizon(ROTA_START, size.weeks(), BASE.am(), BASE.pm(), BASE.practicesPerWeek(),
                BASE.unpopular());
    }

    static Size size(String name) {
        return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + name + "; use S, M, L or XL"));
    }

    /** The same size and seed always give the same problem. */
    static PlanSolution generate(Size size, long seed) {
        InstanceGenerator g = new InstanceGenerator(size, seed);
        for (int n = 0; n < size.networks(); n++) {
            g.network(n);
        }
        return new PlanSolution(g.horizon, g.sites, g.people, g.rooms, g.clinics, g.work, g.supervision,
                new PlanWeights());
    }

    private void network(int n) {
        List<Site> practices = new ArrayList<>();
        for (int p = 0; p < size.practices(); p++) {
            Site site = new Site(String.format("N%02dP%02d", n, p), "Practice " + n + "." + p,
                    4000 + random.nextInt(10_000), SessionSet.weekdays());
            practices.add(site);
            sites.add(site);
            addRooms(site);
        }
        List<Person> gps = new ArrayList<>();
        for (int g = 0; g < size.supervisors(); g++) {
            Person gp = new Person(String.format("N%02dGP%02d", n, g), "GP " + n + "." + g, "GP",
                    practices.get(g * practices.size() / size.supervisors()), SessionSet.weekdays())
                    .needing(RoomNeed.NONE, false).supervising(windows(), 12);
            gps.add(gp);
            people.add(gp);
        }
        List<Person> linkWorkers = new ArrayList<>();
        List<List<Site>> mayWorkAt = new ArrayList<>();
        for (int i = 0; i < size.linkWorkers(); i++) {
            Site base = practices.get(i % practices.size());
            Person lw = staff(String.format("N%02dLW%03d", n, i), "SPLW", base, RoomNeed.CONSULTING, gps.get(i % gps.size()));
            linkWorkers.add(lw);
            Set<Site> where = new LinkedHashSet<>(List.of(base));
            while (where.size() < Math.min(practices.size(), 2 + random.nextInt(2))) {
                where.add(practices.get(random.nextInt(practices.size())));
            }
            mayWorkAt.add(List.copyOf(where));
        }
        List<Person> others = new ArrayList<>();
        for (int i = 0; i < size.others(); i++) {
            Site base = practices.get(random.nextInt(practices.size()));
            String role = i % 3 == 0 ? "HWC" : i % 3 == 1 ? "CC" : "CP";
            Person person = staff(String.format("N%02dST%03d", n, i), role, base,
                    OTHER_NEEDS[random.nextInt(OTHER_NEEDS.length)], role.equals("CP") ? null : gps.get(i % gps.size()));
            others.add(person);
        }
        clinics(practices, linkWorkers, mayWorkAt);
        others.forEach(this::workItems);
        supervisionItems(linkWorkers, SupervisionKind.ONE_TO_ONE, 60, 4);
        supervisionItems(linkWorkers, SupervisionKind.DEBRIEF, 30, 2);
        supervisionItems(others.stream().filter(p -> p.role().equals("HWC")).toList(), SupervisionKind.ONE_TO_ONE, 60, 4);
        supervisionItems(others.stream().filter(p -> p.role().equals("CC")).toList(), SupervisionKind.DEBRIEF, 30, 4);
    }

    private void addRooms(Site site) {
        int consulting = 2 + random.nextInt(4);
        for (int r = 0; r < consulting; r++) {
            // The GPs' surgeries take the first consulting rooms every morning, as in the demo.
            String busy = r == 0 || (r == 1 && consulting > 3) ? "Mon-Fri AM" : "";
            rooms.add(new PlanRoom(ids.incrementAndGet(), site, "Consulting " + (r + 1), RoomType.CONSULTING, 2,
                    random.nextBoolean(), SessionSet.parse(busy)));
        }
        rooms.add(new PlanRoom(ids.incrementAndGet(), site, "Treatment Room", RoomType.CLINICAL, 2, true,
                SessionSet.none()));
        rooms.add(new PlanRoom(ids.incrementAndGet(), site, "Office", RoomType.OFFICE, 2, false, SessionSet.none()));
    }

    private SupervisionWindows windows() {
        List<SupervisionWindow> windows = new ArrayList<>();
        List<DayOfWeek> days = new ArrayList<>(List.of(WEEKDAYS));
        Collections.shuffle(days, random);
        windows.add(new SupervisionWindow(days.get(0), LocalTime.of(12, 30), LocalTime.of(13, 30), false));
        windows.add(new SupervisionWindow(days.get(1), LocalTime.of(12, 30), LocalTime.of(13, 30), false));
        windows.add(new SupervisionWindow(days.get(2), LocalTime.of(16, 30), LocalTime.of(17, 30), true));
        return SupervisionWindows.of(windows.toArray(SupervisionWindow[]::new));
    }

    /** A part-timer's pattern: six to ten sessions a week; two percent of sessions on leave. */
    private Person staff(String code, String role, Site base, RoomNeed need, Person supervisor) {
        List<String> sessions = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            for (Half half : Half.values()) {
                sessions.add(day.toString().substring(0, 3) + " " + half);
            }
        }
        Collections.shuffle(sessions, random);
        SessionSet pattern = SessionSet.parse(String.join(", ", sessions.subList(0, 6 + random.nextInt(5))));
        Person person = new Person(code, code, role, base, pattern).needing(need, random.nextInt(30) == 0);
        if (supervisor != null) {
            person.supervisedBy(supervisor);
        }
        for (LocalDate d = ROTA_START; d.isBefore(horizon.weekStart(size.weeks())); d = d.plusDays(1)) {
            for (Half half : Half.values()) {
                if (random.nextInt(50) == 0) {
                    person.onLeave(d, half);
                }
            }
        }
        people.add(person);
        return person;
    }

    /** Half the link workers' sessions as clinics, shared by list size, as the contract's default. */
    private void clinics(List<Site> practices, List<Person> linkWorkers, List<List<Site>> mayWorkAt) {
        int sessions = linkWorkers.stream().mapToInt(p -> p.pattern().size()).sum();
        int list = practices.stream().mapToInt(Site::listSize).sum();
        for (Site site : practices) {
            int demand = (int) Math.round(sessions * 0.5 * site.listSize() / list);
            List<Person> candidates = new ArrayList<>();
            for (int i = 0; i < linkWorkers.size(); i++) {
                if (mayWorkAt.get(i).contains(site)) {
                    candidates.add(linkWorkers.get(i));
                }
            }
            List<PlanRoom> here = rooms.stream().filter(r -> r.site() == site).toList();
            for (int week = 0; week < size.weeks(); week++) {
                List<Period> periods = new ArrayList<>();
                for (int d = 0; d < 5; d++) {
                    for (Half half : Half.values()) {
                        periods.add(Period.session(horizon, horizon.weekStart(week).plusDays(d), half));
                    }
                }
                for (int c = 0; c < demand; c++) {
                    clinics.add(new ClinicItem(ids.incrementAndGet(), site, "SPLW", week, c, SessionSet.none(),
                            List.copyOf(candidates), periods, here));
                }
            }
        }
    }

    private void workItems(Person person) {
        List<PlanRoom> here = rooms.stream().filter(r -> r.site() == person.base()).toList();
        for (LocalDate d = ROTA_START; d.isBefore(horizon.weekStart(size.weeks())); d = d.plusDays(1)) {
            for (Half half : Half.values()) {
                if (person.worksIn(d.getDayOfWeek(), half) && !person.isOnLeave(d, half)) {
                    work.add(new WorkItem(ids.incrementAndGet(), person, Period.session(horizon, d, half), here));
                }
            }
        }
    }

    private void supervisionItems(List<Person> supervisees, SupervisionKind kind, int minutes, int everyWeeks) {
        for (Person supervisee : supervisees) {
            Person gp = supervisee.supervisor();
            List<PlanRoom> where = rooms.stream().filter(r -> r.site() == gp.base() || r.site() == supervisee.base())
                    .toList();
            for (int block = 0; block * everyWeeks < size.weeks(); block++) {
                LocalDate from = horizon.weekStart(block * everyWeeks);
                LocalDate until = horizon.weekStart(Math.min(size.weeks(), (block + 1) * everyWeeks));
                supervision.add(new SupervisionItem(ids.incrementAndGet(), kind, gp, List.of(supervisee), block,
                        everyWeeks, starts(gp, supervisee, minutes, from, until), where));
            }
        }
    }

    private List<Period> starts(Person gp, Person supervisee, int minutes, LocalDate from, LocalDate until) {
        List<Period> periods = new ArrayList<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        gp.windows().windows().forEach(w -> days.add(w.day()));
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            if (!days.contains(d.getDayOfWeek()) || !supervisee.worksOn(d.getDayOfWeek())) {
                continue;
            }
            for (SupervisionWindow w : gp.windows().windows()) {
                if (w.day() != d.getDayOfWeek()) {
                    continue;
                }
                for (LocalTime t = w.start(); !t.plusMinutes(minutes).isAfter(w.end()); t = t.plusMinutes(30)) {
                    periods.add(Period.timed(horizon, d, new TimeRange(t, t.plusMinutes(minutes))));
                }
            }
        }
        return periods;
    }
}
