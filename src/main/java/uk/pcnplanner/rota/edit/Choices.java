package uk.pcnplanner.rota.edit;

import java.util.List;
import java.util.Objects;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;

/** Turns an item's options into choices for the page, and a chosen edit back into a placement. */
final class Choices {

    static final String PERSON = "person";
    static final String SESSION = "session";
    static final String ROOM = "room";

    private Choices() {}

    static EditOptions options(PlanItem item) {
        Placement now = Placement.of(item);
        return new EditOptions(
                Placement.people(item).stream().map(p -> new Choice(p.code(), p.name())).toList(),
                Placement.periods(item).stream().map(p -> new Choice(slot(p), Words.when(p))).toList(),
                Placement.rooms(item).stream().map(r -> new Choice(room(r), Words.room(r))).toList(),
                now.person() == null ? null : now.person().code(),
                now.period() == null ? null : slot(now.period()),
                now.period() == null ? null : room(now.room()));
    }

    static PlanEdit edit(long draftId, int version, PlanItem item, Placement to) {
        return new PlanEdit(draftId, version, item.key(), to.person() == null ? null : to.person().code(),
                slot(to.period()), room(to.room()));
    }

    /** The placement an edit asks for, refused when it names something the item cannot have. */
    static Placement resolve(PlanItem item, PlanEdit edit) {
        Person person = item instanceof ClinicItem clinic ? person(clinic, edit.person()) : Placement.of(item).person();
        String session = edit.session();
        EditChecks.require(session != null && !session.isBlank(), SESSION, "Choose a session for " + item);
        Period period = Placement.periods(item).stream().filter(p -> slot(p).equals(session)).findFirst()
                .orElseThrow(() -> new InvalidEditException(SESSION, session + " is not a session " + item
                        + " can have: choose one of its week's sessions"));
        List<PlanRoom> rooms = Placement.rooms(item);
        String roomId = Objects.requireNonNullElse(edit.room(), "");
        PlanRoom room = rooms.stream().filter(r -> room(r).equals(roomId)).findFirst()
                .orElseThrow(() -> new InvalidEditException(ROOM, roomId.isEmpty() ? item + " needs a room"
                        : "Room " + roomId + " is not one " + item + " can use"));
        return new Placement(person, period, room);
    }

    private static Person person(ClinicItem clinic, String code) {
        EditChecks.require(code != null && !code.isBlank(), PERSON, "Choose who runs the " + clinic);
        return clinic.candidates().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new InvalidEditException(PERSON, code + " may not run a " + clinic.role()
                        + " clinic at " + clinic.practice().name()));
    }

    /** "2027-02-02|PM", or "2027-02-02|AM|12:30" for a timed item. */
    static String slot(Period period) {
        return period.date() + "|" + period.session() + (period.isWholeSession() ? "" : "|" + period.times().start());
    }

    private static String room(PlanRoom room) {
        return room == null ? "" : String.valueOf(room.id());
    }
}
