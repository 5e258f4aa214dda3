package uk.pcnplanner.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklySessionTest {

    @Test
    void printsShortDayAndHalf() {
        assertThat(new WeeklySession(DayOfWeek.MONDAY, Half.AM)).hasToString("Mon AM");
        assertThat(new WeeklySession(DayOfWeek.SUNDAY, Half.PM)).hasToString("Sun PM");
    }

    @Test
    void ordersByDayThenHalf() {
        List<WeeklySession> sessions = new ArrayList<>(List.of(
                new WeeklySession(DayOfWeek.TUESDAY, Half.AM),
                new WeeklySession(DayOfWeek.MONDAY, Half.PM),
                new WeeklySession(DayOfWeek.MONDAY, Half.AM)));
        Collections.sort(sessions);
        assertThat(sessions).containsExactly(
                new WeeklySession(DayOfWeek.MONDAY, Half.AM),
                new WeeklySession(DayOfWeek.MONDAY, Half.PM),
                new WeeklySession(DayOfWeek.TUESDAY, Half.AM));
    }

    @Test
    void datedSessionPrintsIsoDateAndHalf() {
        assertThat(new DatedSession(LocalDate.of(2026, 1, 5), Half.AM)).hasToString("2026-01-05 AM");
    }

    @Test
    void datedSessionKnowsItsWeeklySession() {
        assertThat(new DatedSession(LocalDate.of(2026, 1, 8), Half.PM).weekly())
                .isEqualTo(new WeeklySession(DayOfWeek.THURSDAY, Half.PM));
    }

    @Test
    void datedSessionsOrderByDateThenHalf() {
        DatedSession mondayPm = new DatedSession(LocalDate.of(2026, 1, 5), Half.PM);
        DatedSession tuesdayAm = new DatedSession(LocalDate.of(2026, 1, 6), Half.AM);
        DatedSession mondayAm = new DatedSession(LocalDate.of(2026, 1, 5), Half.AM);
        List<DatedSession> sessions = new ArrayList<>(List.of(tuesdayAm, mondayPm, mondayAm));
        Collections.sort(sessions);
        assertThat(sessions).containsExactly(mondayAm, mondayPm, tuesdayAm);
    }
}
