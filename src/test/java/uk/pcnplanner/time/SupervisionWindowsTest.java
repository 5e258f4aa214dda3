package uk.pcnplanner.time;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SupervisionWindowsTest {

    private static final SupervisionWindow TUESDAY_LUNCH =
            new SupervisionWindow(TUESDAY, LocalTime.of(12, 30), LocalTime.of(13, 30), false);
    private static final SupervisionWindow THURSDAY_EVENING_REMOTE =
            new SupervisionWindow(THURSDAY, LocalTime.of(16, 30), LocalTime.of(17, 30), true);

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> SupervisionWindows.parse(text))
                .isInstanceOf(InvalidScheduleTextException.class)
                .hasMessage(message);
    }

    // --- good input

    @Test
    void readsDayTimesAndTheRemoteFlag() {
        assertThat(SupervisionWindows.parse("Tue 12:30-13:30; Thu 16:30-17:30 remote").windows())
                .containsExactly(TUESDAY_LUNCH, THURSDAY_EVENING_REMOTE);
    }

    @Test
    void acceptsCommasAsWellAsSemicolons() {
        assertThat(SupervisionWindows.parse("Tue 12:30-13:30, Thu 16:30-17:30 remote"))
                .isEqualTo(SupervisionWindows.of(TUESDAY_LUNCH, THURSDAY_EVENING_REMOTE));
    }

    @Test
    void isLenientAboutCaseSpacingDayNamesAndSingleDigitHours() {
        assertThat(SupervisionWindows.parse("  tuesday  12:30 - 13:30 ;;  THU 16:30-17:30 Remote ;"))
                .isEqualTo(SupervisionWindows.of(TUESDAY_LUNCH, THURSDAY_EVENING_REMOTE));
        assertThat(SupervisionWindows.parse("Wed 8:00-9:15").windows())
                .containsExactly(new SupervisionWindow(WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(9, 15), false));
    }

    @Test
    void ordersWindowsByDayThenStart() {
        assertThat(SupervisionWindows.parse("Thu 16:30-17:30 remote; Tue 15:00-16:00; Tue 12:30-13:30"))
                .hasToString("Tue 12:30-13:30; Tue 15:00-16:00; Thu 16:30-17:30 remote");
    }

    @Test
    void adjacentWindowsDoNotOverlap() {
        assertThat(SupervisionWindows.parse("Tue 12:30-13:30; Tue 13:30-14:00").windows()).hasSize(2);
    }

    @Test
    void emptyBlankOrNullMeansNone() {
        assertThat(SupervisionWindows.parse("")).isEqualTo(SupervisionWindows.none());
        assertThat(SupervisionWindows.parse("  ")).isEqualTo(SupervisionWindows.none());
        assertThat(SupervisionWindows.parse(null)).isEqualTo(SupervisionWindows.none());
        assertThat(SupervisionWindows.none().isEmpty()).isTrue();
        assertThat(SupervisionWindows.none()).hasToString("");
    }

    @Test
    void canonicalTextReadsBackEqual() {
        SupervisionWindows windows = SupervisionWindows.parse(
                "thu 9:00-9:30, Thursday 16:30 - 17:30 REMOTE; tue 12:30-13:30");
        assertThat(windows).hasToString("Tue 12:30-13:30; Thu 09:00-09:30; Thu 16:30-17:30 remote");
        assertThat(SupervisionWindows.parse(windows.toString()))
                .isEqualTo(windows)
                .hasSameHashCodeAs(windows);
    }

    @Test
    void windowPrintsDayTimesAndRemote() {
        assertThat(TUESDAY_LUNCH).hasToString("Tue 12:30-13:30");
        assertThat(THURSDAY_EVENING_REMOTE).hasToString("Thu 16:30-17:30 remote");
    }

    // --- bad input

    @Test
    void missingTimesNamesTheItemAndTheExpectedShape() {
        assertRejected("Tue 12:30", "\"Tue 12:30\": expected DAY HH:MM-HH:MM, optionally followed by \"remote\"");
    }

    @Test
    void garbledTimesNameTheItemAndTheExpectedShape() {
        assertRejected("Tue 12.30-13.30",
                "\"Tue 12.30-13.30\": expected DAY HH:MM-HH:MM, optionally followed by \"remote\"");
    }

    @Test
    void tooManyWordsNameTheItemAndTheExpectedShape() {
        assertRejected("Tue 12:30-13:30 remote please",
                "\"Tue 12:30-13:30 remote please\": expected DAY HH:MM-HH:MM, optionally followed by \"remote\"");
    }

    @Test
    void unknownDayNamesTheWordAndTheAllowedDays() {
        assertRejected("Tus 12:30-13:30", "\"Tus\" is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    @Test
    void impossibleTimeNamesTheItemAndTheTime() {
        assertRejected("Tue 25:00-26:00", "\"Tue 25:00-26:00\": \"25:00\" is not a time of day (HH:MM)");
    }

    @Test
    void impossibleMinutesNameTheItemAndTheTime() {
        assertRejected("Tue 12:30-12:75", "\"Tue 12:30-12:75\": \"12:75\" is not a time of day (HH:MM)");
    }

    @Test
    void endBeforeStartNamesTheItem() {
        assertRejected("Tue 13:30-12:30", "\"Tue 13:30-12:30\": the end must be after the start");
    }

    @Test
    void endEqualToStartNamesTheItem() {
        assertRejected("Tue 13:30-13:30", "\"Tue 13:30-13:30\": the end must be after the start");
    }

    @Test
    void unknownTrailingWordNamesTheItemAndTheWord() {
        assertRejected(" Tue 12:30-13:30 video ",
                "\"Tue 12:30-13:30 video\": only \"remote\" may follow the times, got \"video\"");
    }

    @Test
    void overlappingWindowsNameBothItemsAsTyped() {
        assertRejected("Tue 12:30-13:30; Tue 13:00-14:00", "\"Tue 12:30-13:30\" overlaps \"Tue 13:00-14:00\"");
    }

    @Test
    void overlappingWindowsAreRejectedWhenBuiltInCode() {
        SupervisionWindow overlapping = new SupervisionWindow(TUESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0), true);
        assertThatThrownBy(() -> SupervisionWindows.of(TUESDAY_LUNCH, overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"Tue 12:30-13:30\" overlaps \"Tue 13:00-14:00 remote\"");
    }

    // --- covers

    @Test
    void coversAMeetingInsideTheWindowOnTheSameDay() {
        assertThat(TUESDAY_LUNCH.covers(TUESDAY, LocalTime.of(12, 30), LocalTime.of(13, 30))).isTrue();
        assertThat(TUESDAY_LUNCH.covers(TUESDAY, LocalTime.of(12, 45), LocalTime.of(13, 15))).isTrue();
    }

    @Test
    void doesNotCoverAnotherDayOrAMeetingRunningOutside() {
        assertThat(TUESDAY_LUNCH.covers(WEDNESDAY, LocalTime.of(12, 30), LocalTime.of(13, 30))).isFalse();
        assertThat(TUESDAY_LUNCH.covers(TUESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))).isFalse();
        assertThat(TUESDAY_LUNCH.covers(TUESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0))).isFalse();
    }

    @Test
    void windowEndMustBeAfterStart() {
        assertThatThrownBy(() -> new SupervisionWindow(TUESDAY, LocalTime.of(13, 0), LocalTime.of(12, 0), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
