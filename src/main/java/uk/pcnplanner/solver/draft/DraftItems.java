package uk.pcnplanner.solver.draft;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.service.UnassignedReasons;
import uk.pcnplanner.staff.domain.Staff;

/** Turns one solved item into a draft row: the entities it names, or the reason it has none. */
final class DraftItems {

    private final Map<String, Staff> staff;
    private final Map<Long, Room> rooms;

    DraftItems(Map<String, Staff> staff, List<Room> rooms) {
        this.staff = staff;
        this.rooms = rooms.stream().collect(Collectors.toMap(Room::getId, Function.identity()));
    }

    PlanDraftItem toDraft(PlanDraft draft, PlanItem item, UnassignedReasons reasons) {
        PlanDraftItem row = new PlanDraftItem(draft, item.key(), activity(item), item.isPinned());
        Period period = item.period();
        if (period != null && item.isPlaced()) {
            row.placed(period.date(), period.session(), period.isWholeSession() ? null : period.times().start(),
                    period.isWholeSession() ? null : (int) period.times().length().toMinutes());
        }
        PlanRoom room = item.room();
        Room entity = room == null ? null : rooms.get(room.id());
        Person lead = item.lead();
        row.with(lead == null ? null : staff.get(lead.code()), entity == null ? null : entity.getPractice(), entity, others(item));
        if (!item.isPlaced()) {
            row.unassigned(reasons.reason(item));
        }
        return row;
    }

    private static Activity activity(PlanItem item) {
        return switch (item) {
            case ClinicItem c -> Activity.CLINIC;
            case SupervisionItem s -> Activity.valueOf(s.kind().name());
            default -> Activity.WORK;
        };
    }

    private static String others(PlanItem item) {
        if (!(item instanceof SupervisionItem s)) {
            return null;
        }
        Person lead = s.lead();
        return s.participants().stream().filter(p -> p != lead).map(Person::code)
                .filter(Objects::nonNull).collect(Collectors.joining(","));
    }
}
