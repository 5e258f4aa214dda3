package uk.pcnplanner.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import uk.pcnplanner.demo.DemoPlan.LeavePlan;
import uk.pcnplanner.demo.DemoPlan.StaffPlan;
import uk.pcnplanner.time.Half;

/** A typical January in the rota horizon: one week away, a couple of days off, an afternoon, a long weekend. */
final class DemoLeave {

    private DemoLeave() {}

    static List<LeavePlan> leave(List<StaffPlan> staff, LocalDate rotaStart, int rotaWeeks, Random random) {
        LocalDate rotaEnd = rotaStart.plusWeeks(rotaWeeks);
        // Only people in post for the whole horizon, so no leave falls outside someone's employment.
        List<StaffPlan> takers = new ArrayList<>(staff.stream()
                .filter(s -> s.endDate() == null || !s.endDate().isBefore(rotaEnd))
                .toList());
        Collections.shuffle(takers, random);
        LocalDate week = rotaStart.plusWeeks(random.nextInt(rotaWeeks));
        LocalDate longWeekend = rotaStart.plusWeeks(random.nextInt(rotaWeeks)).plusDays(3);
        return List.of(
                new LeavePlan(takers.get(0).code(), week, week.plusDays(4), null),
                singleDay(takers.get(1), rotaStart, rotaEnd, random),
                singleDay(takers.get(2), rotaStart, rotaEnd, random),
                afternoon(takers.get(3), rotaStart, rotaEnd, random),
                new LeavePlan(takers.get(4).code(), longWeekend, longWeekend.plusDays(1), null));
    }

    private static LeavePlan singleDay(StaffPlan person, LocalDate from, LocalDate until, Random random) {
        LocalDate day = workingDay(from, until, d -> WorkingPatterns.worksOn(person.workingSessions(), d), random);
        return new LeavePlan(person.code(), day, day, null);
    }

    private static LeavePlan afternoon(StaffPlan person, LocalDate from, LocalDate until, Random random) {
        LocalDate day = workingDay(from, until, d -> person.workingSessions().contains(d, Half.PM), random);
        return new LeavePlan(person.code(), day, day, Half.PM);
    }

    private static LocalDate workingDay(LocalDate from, LocalDate until, Predicate<DayOfWeek> works, Random random) {
        List<LocalDate> days = from.datesUntil(until).filter(d -> works.test(d.getDayOfWeek())).toList();
        return days.get(random.nextInt(days.size()));
    }
}
