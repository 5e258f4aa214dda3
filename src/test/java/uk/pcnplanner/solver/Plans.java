package uk.pcnplanner.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.time.TimeRange;

/** Small hand-made plans for the rule tests: a two-week rota from Monday 4 January 2027. */
public final class Plans {

    public static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    public static final Horizon HORIZON = new Horizon(MONDAY, 2, TimeRange.parse("08:30-12:30"),
            TimeRange.parse("13:30-17:30"), 2, SessionSet.parse("Fri PM"));
    public static final Site CASTLE = new Site("C84001", "Castle Surgery", 10_000, SessionSet.weekdays());
    public static final Site RIVERSIDE = new Site("C84002", "Riverside Medical Centre", 20_000,
            SessionSet.parse("Mon-Thu"));
    public static final Site NORTHGATE = new Site("C84003", "Northgate Health Centre", 8_000, SessionSet.weekdays());

    private static final AtomicLong IDS = new AtomicLong();

    private Plans() {}

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A session {@code day} days after the rota start. */
    public static Period session(int day, Half half) {
        return Period.session(HORIZON, MONDAY.plusDays(day), half);
    }

    public static Period timed(int day, String times) {
        return Period.timed(HORIZON, MONDAY.plusDays(day), TimeRange.parse(times));
    }

    public static PlanRoom room(Site site, String name, RoomType type) {
        return new PlanRoom(nextId(), site, name, type, type.defaultCapacity(), true, SessionSet.none());
    }

    public static PlanRoom room(Site site, String name, RoomType type, boolean accessible, String unavailable) {
        return new PlanRoom(nextId(), site, name, type, type.defaultCapacity(), accessible,
                SessionSet.parse(unavailable));
    }

    /** A full-time link worker based at Castle Surgery. */
    public static Person linkWorker(String name) {
        return new Person("LW-" + nextId(), name, "SPLW", CASTLE, SessionSet.weekdays());
    }

    public static Person person(String name, String pattern) {
        return new Person("P-" + nextId(), name, "SPLW", CASTLE, SessionSet.parse(pattern));
    }

    public static Person supervisor(String name, String windows) {
        return new Person("GP-" + nextId(), name, "GP", CASTLE, SessionSet.weekdays())
                .supervising(SupervisionWindows.parse(windows), 6);
    }

    public static ClinicItem clinic(Person person, Period period, PlanRoom room) {
        Site site = room == null ? CASTLE : room.site();
        return unplacedClinic(site, period.week()).place(person, period, room);
    }

    public static ClinicItem unplacedClinic(Site site, int week) {
        return new ClinicItem(nextId(), site, "SPLW", week, 0, SessionSet.none(), List.of(), List.of(), List.of());
    }

    public static ClinicItem preferring(String preferred, Person person, Period period, PlanRoom room) {
        return new ClinicItem(nextId(), room.site(), "SPLW", period.week(), 0, SessionSet.parse(preferred),
                List.of(), List.of(), List.of()).place(person, period, room);
    }

    public static WorkItem work(Person person, Period period, PlanRoom room) {
        return new WorkItem(nextId(), person, period, List.of()).place(room);
    }

    public static SupervisionItem oneToOne(Person supervisor, Person supervisee, int block, Period period,
            PlanRoom room) {
        return supervision(SupervisionKind.ONE_TO_ONE, supervisor, List.of(supervisee), block, period, room);
    }

    public static SupervisionItem supervision(SupervisionKind kind, Person supervisor, List<Person> supervisees,
            int block, Period period, PlanRoom room) {
        return new SupervisionItem(nextId(), kind, supervisor, supervisees, block, 1, List.of(), List.of())
                .place(period, room);
    }

    /** A solution holding the given facts and items, for scoring with real weights. */
    public static PlanSolution solution(PlanWeights weights, Object... things) {
        List<Site> sites = new ArrayList<>(List.of(CASTLE, RIVERSIDE));
        List<Person> people = new ArrayList<>();
        List<PlanRoom> rooms = new ArrayList<>();
        List<ClinicItem> clinics = new ArrayList<>();
        List<WorkItem> work = new ArrayList<>();
        List<SupervisionItem> supervision = new ArrayList<>();
        for (Object thing : things) {
            switch (thing) {
                case Person p -> people.add(p);
                case PlanRoom r -> rooms.add(r);
                case ClinicItem c -> clinics.add(c);
                case WorkItem w -> work.add(w);
                case SupervisionItem s -> supervision.add(s);
                default -> { }
            }
        }
        return new PlanSolution(HORIZON, sites, people, rooms, clinics, work, supervision, weights);
    }
}
