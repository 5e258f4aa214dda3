package uk.pcnplanner.rota.edit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.rota.service.RuleDescriptions;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Occupancy;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.RoomUse;
import uk.pcnplanner.solver.domain.SupervisionItem;

/**
 * A broken hard rule as a sentence about the people, rooms and other bookings involved, e.g.
 * "Asha Khan is already in a clinic at Riverside on Tue 2 Feb AM".
 */
final class BreakWords {

    private final Map<Long, PlanItem> items;
    private final Horizon horizon;
    private final long edited;

    /** @param edited the item being changed: a sentence about a clash names the other item */
    BreakWords(PlanSolution plan, PlanItem edited) {
        this.items = plan.items().stream().collect(Collectors.toMap(PlanItem::id, Function.identity()));
        this.horizon = plan.horizon();
        this.edited = edited.id();
    }

    String describe(PlanScoring.Break broken) {
        try {
            return sentence(broken.rule(), broken.indicted());
        } catch (ClassCastException | IndexOutOfBoundsException reshaped) {
            // A rule whose matches no longer have the shape read here still gets its meaning said.
            return broken.rule() + ": " + RuleDescriptions.of(broken.rule());
        }
    }

    private String sentence(String rule, List<Object> on) {
        Object first = on.getFirst();
        return switch (rule) {
            case PlanWeights.PERSON_IN_TWO_PLACES -> twoPlaces((Occupancy) first, (Occupancy) on.get(1));
            case PlanWeights.ROOM_DOUBLE_BOOKED -> roomTaken((RoomUse) first, (RoomUse) on.get(1));
            case PlanWeights.OUTSIDE_WORKING_SESSIONS -> person(first) + " does not work on " + Words.when(period(first));
            case PlanWeights.ON_LEAVE -> person(first) + " is on leave on " + Words.when(period(first));
            case PlanWeights.OUTSIDE_EMPLOYMENT -> person(first) + " is not employed on "
                    + RotaWeeks.day(period(first).date());
            case PlanWeights.OVER_CONTRACT -> overContract((Person) first, (Integer) on.get(1), (Integer) on.get(2));
            case PlanWeights.ROOM_UNAVAILABLE -> room(first) + " is kept back for others on " + Words.when(period(first));
            case PlanWeights.ROOM_UNSUITABLE -> room(first) + " is not the kind of room " + item(first) + " needs";
            case PlanWeights.NEEDS_ACCESSIBLE -> room(first) + " is not accessible, and someone in " + item(first)
                    + " needs an accessible room";
            case PlanWeights.PRACTICE_CLOSED -> ((ClinicItem) first).practice().name() + " is closed on "
                    + Words.when(((ClinicItem) first).period());
            case PlanWeights.OUTSIDE_WINDOW -> Words.when(((SupervisionItem) first).period()) + " is outside "
                    + ((SupervisionItem) first).supervisor().name() + "'s supervision windows";
            default -> rule + ": " + RuleDescriptions.of(rule);
        };
    }

    private String twoPlaces(Occupancy a, Occupancy b) {
        Occupancy other = a.itemId() == edited ? b : a;
        return other.person().name() + " is already in " + Words.what(items.get(other.itemId())) + " on "
                + Words.when(other.period());
    }

    private String roomTaken(RoomUse a, RoomUse b) {
        RoomUse other = a.itemId() == edited ? b : a;
        return Words.room(other.room()) + " is already taken on " + Words.when(other.period()) + " by "
                + Words.whose(items.get(other.itemId()));
    }

    private String overContract(Person person, int week, int sessions) {
        return person.name() + " would work " + sessions + " sessions in the week of "
                + RotaWeeks.day(horizon.weekStart(week)) + ", more than the " + horizon.availableSessions(person, week)
                + " they are available for";
    }

    private static String person(Object on) {
        return ((Occupancy) on).person().name();
    }

    private static Period period(Object on) {
        return on instanceof Occupancy o ? o.period() : ((RoomUse) on).period();
    }

    private static String room(Object on) {
        return Words.room(((RoomUse) on).room());
    }

    private String item(Object on) {
        return Words.whose(items.get(((RoomUse) on).itemId()));
    }
}
