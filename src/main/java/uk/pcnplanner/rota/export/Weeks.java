package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.rota.service.RotaWeeks;

/** The Mondays of the weeks a plan covers: each week is a printed page. */
final class Weeks {

    private Weeks() {}

    static List<LocalDate> of(RotaPlan plan) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = RotaWeeks.monday(plan.from()); !week.isAfter(plan.to()); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }
}
