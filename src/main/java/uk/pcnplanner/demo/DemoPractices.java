package uk.pcnplanner.demo;

import static uk.pcnplanner.network.domain.RoomType.CLINICAL;
import static uk.pcnplanner.network.domain.RoomType.CONSULTING;
import static uk.pcnplanner.network.domain.RoomType.GROUP;
import static uk.pcnplanner.network.domain.RoomType.OFFICE;

import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.pcnplanner.demo.DemoPlan.PracticePlan;
import uk.pcnplanner.demo.DemoPlan.RoomPlan;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.time.SessionSet;

/** The member practices and their rooms, sized by list: larger surgeries have more rooms. */
final class DemoPractices {

    private static final SessionSet MON_FRI = SessionSet.weekdays();

    private static final List<PracticePlan> PRACTICES = List.of(
            new PracticePlan("C84001", "Castle Surgery", 9800, MON_FRI, null),
            new PracticePlan("C84002", "Riverside Medical Centre", 14000, MON_FRI, 6),
            new PracticePlan("C84003", "Northgate Health Centre", 8600, MON_FRI, null),
            new PracticePlan("C84004", "Abbey Road Surgery", 6200, MON_FRI, null),
            new PracticePlan("C84005", "Millbrook Family Practice", 7400, MON_FRI, null),
            new PracticePlan("C84006", "St Anne's Medical Practice", 3000, MON_FRI, null),
            new PracticePlan("C84007", "Westfield Surgery", 3100, SessionSet.parse("Mon-Thu, Fri AM"), null));

    // GPs hold many consulting rooms most mornings and a few afternoons (part-time partners,
    // trainees and home-visit afternoons leave gaps); nurses' clinics fill the treatment rooms;
    // offices and group rooms are mostly free.
    private static final Map<RoomType, List<String>> BUSY = Map.of(
            CONSULTING, List.of(
                    "Mon-Fri AM", "Mon, Tue, Thu AM, Wed PM", "Tue-Thu AM", "Mon AM, Wed AM, Fri AM, Thu PM",
                    "Mon-Wed AM"),
            CLINICAL, List.of("Mon-Fri AM", "Tue, Thu", "Mon AM, Wed AM, Thu PM"),
            GROUP, List.of("Wed PM", "Mon PM, Thu PM"),
            OFFICE, List.of("", "Mon AM", "Tue AM, Fri PM"));

    /** A null busy list means one is drawn for the room's type. */
    private record Template(
            String practice, String name, RoomType type, int capacity, boolean accessible, String busy) {}

    private static final List<Template> ROOMS = List.of(
            room("C84001", "Room 1", CONSULTING, true, "Mon-Fri AM"),
            room("C84001", "Room 2", CONSULTING, true),
            room("C84001", "Room 3", CONSULTING, false),
            room("C84001", "Room 4", CONSULTING, false),
            room("C84001", "Treatment Room", CLINICAL, true),
            room("C84001", "Upstairs Office", OFFICE, false),
            room("C84002", "Consulting 1", CONSULTING, true),
            room("C84002", "Consulting 2", CONSULTING, true),
            room("C84002", "Consulting 3", CONSULTING, false),
            room("C84002", "Consulting 4", CONSULTING, false),
            room("C84002", "Consulting 5", CONSULTING, true),
            room("C84002", "Treatment Room", CLINICAL, true),
            new Template("C84002", "Community Room", GROUP, 12, true, null),
            room("C84002", "Admin Office", OFFICE, true),
            room("C84003", "Room 1", CONSULTING, true),
            room("C84003", "Room 2", CONSULTING, true),
            room("C84003", "Room 3", CONSULTING, false),
            room("C84003", "Interview Room", CONSULTING, true),
            room("C84003", "Treatment Room", CLINICAL, true),
            new Template("C84003", "Meeting Room", GROUP, 10, false, null),
            room("C84004", "Room 1", CONSULTING, true),
            room("C84004", "Room 2", CONSULTING, true),
            room("C84004", "Treatment Room", CLINICAL, true),
            room("C84004", "Admin Office", OFFICE, false),
            room("C84005", "Consulting 1", CONSULTING, true),
            room("C84005", "Consulting 2", CONSULTING, false),
            room("C84005", "Nurse Room", CLINICAL, true),
            room("C84005", "Admin Office", OFFICE, false),
            room("C84006", "Consulting Room", CONSULTING, true),
            room("C84006", "Treatment Room", CLINICAL, true),
            room("C84006", "Back Office", OFFICE, false),
            room("C84007", "Room 1", CONSULTING, true),
            room("C84007", "Room 2", CONSULTING, false),
            room("C84007", "Practice Office", OFFICE, false));

    private DemoPractices() {}

    static List<PracticePlan> practices() {
        return PRACTICES;
    }

    static List<RoomPlan> rooms(Random random) {
        return ROOMS.stream().map(room -> plan(room, random)).toList();
    }

    private static RoomPlan plan(Template room, Random random) {
        String busy = room.busy() != null ? room.busy() : pick(BUSY.get(room.type()), random);
        return new RoomPlan(
                room.practice(), room.name(), room.type(), room.capacity(), room.accessible(), SessionSet.parse(busy));
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    private static Template room(String practice, String name, RoomType type, boolean accessible, String busy) {
        return new Template(practice, name, type, type.defaultCapacity(), accessible, busy);
    }

    private static Template room(String practice, String name, RoomType type, boolean accessible) {
        return room(practice, name, type, accessible, null);
    }
}
