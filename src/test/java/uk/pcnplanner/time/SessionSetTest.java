package uk.pcnplanner.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.pcnplanner.time.Half.AM;
import static uk.pcnplanner.time.Half.PM;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionSetTest {

    private static WeeklySession s(DayOfWeek day, Half half) {
        return new WeeklySession(day, half);
    }

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> SessionSet.parse(text))
                .isInstanceOf(InvalidScheduleTextException.class)
                .hasMessage(message);
    }

    // --- good input

    @Test
    void bareDayMeansBothHalves() {
        assertThat(SessionSet.parse("Mon")).isEqualTo(SessionSet.of(s(MONDAY, AM), s(MONDAY, PM)));
    }

    @Test
    void dayWithSessionIsThatHalfOnly() {
        assertThat(SessionSet.parse("Tue PM")).isEqualTo(SessionSet.of(s(TUESDAY, PM)));
    }

    @Test
    void dayRangeCoversEveryDayInBetween() {
        assertThat(SessionSet.parse("Mon-Fri")).isEqualTo(SessionSet.weekdays());
    }

    @Test
    void dayRangeWithSessionIsThatHalfOnEachDay() {
        assertThat(SessionSet.parse("Mon-Wed AM"))
                .isEqualTo(SessionSet.of(s(MONDAY, AM), s(TUESDAY, AM), s(WEDNESDAY, AM)));
    }

    @Test
    void weekendDaysAndRangesAreAccepted() {
        assertThat(SessionSet.parse("Fri-Sun PM"))
                .isEqualTo(SessionSet.of(s(FRIDAY, PM), s(SATURDAY, PM), s(SUNDAY, PM)));
        assertThat(SessionSet.parse("Sat-Sun").size()).isEqualTo(4);
        assertThat(SessionSet.parse("Sun AM")).isEqualTo(SessionSet.of(s(SUNDAY, AM)));
    }

    @Test
    void oneDayRangeIsThatDay() {
        assertThat(SessionSet.parse("Wed-Wed")).isEqualTo(SessionSet.parse("Wed"));
    }

    @Test
    void commasAndSemicolonsBothSeparateItems() {
        assertThat(SessionSet.parse("Mon AM, Tue PM; Thu"))
                .isEqualTo(SessionSet.of(s(MONDAY, AM), s(TUESDAY, PM), s(THURSDAY, AM), s(THURSDAY, PM)));
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(SessionSet.parse("mon am, TUE pm, wED-fRi")).isEqualTo(SessionSet.parse("Mon AM, Tue PM, Wed-Fri"));
    }

    @Test
    void extraSpacesAreIgnored() {
        assertThat(SessionSet.parse("   Mon    AM ,  Tue\tPM  ")).isEqualTo(SessionSet.parse("Mon AM, Tue PM"));
    }

    @Test
    void nonBreakingSpacesFromSpreadsheetsAreIgnored() {
        assertThat(SessionSet.parse("\u00A0Mon\u00A0AM\u00A0")).isEqualTo(SessionSet.parse("Mon AM"));
    }

    @Test
    void fullDayNamesAndCommonAbbreviationsAreAccepted() {
        assertThat(SessionSet.parse("Monday AM, Tuesday-Thursday PM"))
                .isEqualTo(SessionSet.parse("Mon AM, Tue-Thu PM"));
        assertThat(SessionSet.parse("Tues, Thurs")).isEqualTo(SessionSet.parse("Tue, Thu"));
    }

    @Test
    void spacesAroundTheDashAreAllowed() {
        assertThat(SessionSet.parse("Mon - Fri")).isEqualTo(SessionSet.weekdays());
        assertThat(SessionSet.parse("Mon -Wed AM")).isEqualTo(SessionSet.parse("Mon-Wed AM"));
    }

    @Test
    void autocorrectedDashesAreAllowed() {
        assertThat(SessionSet.parse("Mon\u2013Fri")).isEqualTo(SessionSet.weekdays());
    }

    @Test
    void emptyItemsBetweenSeparatorsAreSkipped() {
        assertThat(SessionSet.parse("Mon,,Tue;; ,")).isEqualTo(SessionSet.parse("Mon, Tue"));
    }

    @Test
    void overlappingItemsAreMerged() {
        assertThat(SessionSet.parse("Mon-Wed, Tue AM")).isEqualTo(SessionSet.parse("Mon-Wed"));
    }

    @Test
    void emptyBlankOrNullMeansNone() {
        assertThat(SessionSet.parse("")).isEqualTo(SessionSet.none());
        assertThat(SessionSet.parse("   ")).isEqualTo(SessionSet.none());
        assertThat(SessionSet.parse(null)).isEqualTo(SessionSet.none());
        assertThat(SessionSet.none().isEmpty()).isTrue();
    }

    // --- bad input: the messages are the contract with the people typing

    @Test
    void unknownDayNamesTheWordAndTheAllowedDays() {
        assertRejected("Mon, Moon", "\"Moon\" is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    @Test
    void unknownDayInARangeNamesTheWord() {
        assertRejected("Mon-Fry AM", "\"Fry\" is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    @Test
    void unknownSessionNamesTheItemAndTheWord() {
        assertRejected("Mon AM;  Tue EVE ", "\"Tue EVE\": the session must be AM or PM, got \"EVE\"");
    }

    @Test
    void backwardsRangeNamesTheItemAndShowsAForwardsOne() {
        assertRejected("Fri-Mon", "\"Fri-Mon\": a day range must run forwards, e.g. Mon-Fri");
    }

    @Test
    void tooManyWordsNamesTheItemAndTheAllowedShapes() {
        assertRejected("Mon AM PM", "\"Mon AM PM\": expected DAY, DAY SESSION, DAY-DAY or DAY-DAY SESSION");
    }

    @Test
    void halfARangeNamesTheItemAndTheAllowedShapes() {
        assertRejected("Mon-", "\"Mon-\": expected DAY, DAY SESSION, DAY-DAY or DAY-DAY SESSION");
    }

    @Test
    void threeDayRangeNamesTheItemAndTheAllowedShapes() {
        assertRejected("Mon-Wed-Fri", "\"Mon-Wed-Fri\": expected DAY, DAY SESSION, DAY-DAY or DAY-DAY SESSION");
    }

    // --- canonical text

    @Test
    void printsNoneAsEmptyText() {
        assertThat(SessionSet.none()).hasToString("");
    }

    @Test
    void printsRunsOfWholeDaysAsRanges() {
        assertThat(SessionSet.weekdays()).hasToString("Mon-Fri");
        assertThat(SessionSet.parse("Mon, Tue, Wed, Fri")).hasToString("Mon-Wed, Fri");
    }

    @Test
    void printsSingleHalvesWithTheirSession() {
        assertThat(SessionSet.parse("Thu AM")).hasToString("Thu AM");
        assertThat(SessionSet.parse("Mon AM, Tue AM, Wed AM, Thu PM")).hasToString("Mon-Wed AM, Thu PM");
        assertThat(SessionSet.parse("Mon, Tue AM, Wed")).hasToString("Mon, Tue AM, Wed");
        assertThat(SessionSet.parse("sunday, saturday pm")).hasToString("Sat PM, Sun");
    }

    @Test
    void everySubsetOfWeekdaySessionsReadsBackFromItsText() {
        List<WeeklySession> weekdays = new ArrayList<>(SessionSet.weekdays().sessions());
        for (int mask = 0; mask < 1 << weekdays.size(); mask++) {
            SessionSet set = subset(weekdays, mask);
            assertThat(SessionSet.parse(set.toString())).as("mask %d: %s", mask, set).isEqualTo(set);
        }
    }

    @Test
    void everySubsetOfTheWholeWeekReadsBackFromItsText() {
        List<WeeklySession> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(s(day, AM));
            week.add(s(day, PM));
        }
        for (int mask = 0; mask < 1 << week.size(); mask++) {
            SessionSet set = subset(week, mask);
            assertThat(SessionSet.parse(set.toString())).isEqualTo(set);
            assertThat(set.size()).isEqualTo(Integer.bitCount(mask));
        }
    }

    private static SessionSet subset(List<WeeklySession> sessions, int mask) {
        List<WeeklySession> chosen = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if ((mask & 1 << i) != 0) {
                chosen.add(sessions.get(i));
            }
        }
        return SessionSet.of(chosen.toArray(WeeklySession[]::new));
    }

    // --- set operations

    @Test
    void weekdaysAreMondayToFridayBothHalves() {
        assertThat(SessionSet.weekdays().size()).isEqualTo(10);
        assertThat(SessionSet.weekdays().contains(FRIDAY, PM)).isTrue();
        assertThat(SessionSet.weekdays().contains(SATURDAY, AM)).isFalse();
    }

    @Test
    void containsLooksUpASession() {
        SessionSet set = SessionSet.parse("Tue PM");
        assertThat(set.contains(s(TUESDAY, PM))).isTrue();
        assertThat(set.contains(TUESDAY, AM)).isFalse();
    }

    @Test
    void sessionsAreInWeekOrderAndUnmodifiable() {
        Set<WeeklySession> sessions = SessionSet.parse("Wed AM, Mon PM, Sun AM").sessions();
        assertThat(sessions).containsExactly(s(MONDAY, PM), s(WEDNESDAY, AM), s(SUNDAY, AM));
        assertThatThrownBy(() -> sessions.add(s(FRIDAY, AM))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unionMinusAndContainsAll() {
        SessionSet mornings = SessionSet.parse("Mon-Fri AM");
        SessionSet afternoons = SessionSet.parse("Mon-Fri PM");
        assertThat(mornings.union(afternoons)).isEqualTo(SessionSet.weekdays());
        assertThat(SessionSet.weekdays().minus(mornings)).isEqualTo(afternoons);
        assertThat(SessionSet.weekdays().containsAll(mornings)).isTrue();
        assertThat(mornings.containsAll(SessionSet.weekdays())).isFalse();
        assertThat(mornings.containsAll(SessionSet.none())).isTrue();
    }

    @Test
    void equalByContent() {
        assertThat(SessionSet.parse("Mon AM, Mon PM"))
                .isEqualTo(SessionSet.parse("Monday"))
                .hasSameHashCodeAs(SessionSet.parse("Monday"))
                .isNotEqualTo(SessionSet.parse("Mon AM"));
    }
}
