package uk.pcnplanner.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final TimeRange AM = TimeRange.parse("08:30-12:30");

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> TimeRange.parse(text))
                .isInstanceOf(InvalidScheduleTextException.class)
                .hasMessage(message);
    }

    @Test
    void readsStartAndEnd() {
        assertThat(AM).isEqualTo(new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 30)));
    }

    @Test
    void isLenientAboutSingleDigitHoursAndSpaces() {
        assertThat(TimeRange.parse(" 8:30 - 12:30 ")).isEqualTo(AM);
    }

    @Test
    void printsTwoDigitHours() {
        assertThat(TimeRange.parse("8:30-12:30")).hasToString("08:30-12:30");
        assertThat(TimeRange.parse(AM.toString())).isEqualTo(AM);
    }

    @Test
    void lengthIsTheDurationBetweenStartAndEnd() {
        assertThat(AM.length()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void containsRangesInsideIncludingItself() {
        assertThat(AM.contains(AM)).isTrue();
        assertThat(AM.contains(TimeRange.parse("09:00-10:00"))).isTrue();
        assertThat(AM.contains(TimeRange.parse("12:00-13:00"))).isFalse();
    }

    @Test
    void overlapsSharedTimeButNotMereTouching() {
        assertThat(AM.overlaps(TimeRange.parse("12:00-13:00"))).isTrue();
        assertThat(AM.overlaps(TimeRange.parse("07:00-18:00"))).isTrue();
        assertThat(AM.overlaps(TimeRange.parse("12:30-18:00"))).isFalse();
        assertThat(TimeRange.parse("07:00-08:30").overlaps(AM)).isFalse();
    }

    @Test
    void garbledTextNamesTheInputAndTheExpectedShape() {
        assertRejected("8.30 to 12.30", "\"8.30 to 12.30\": expected HH:MM-HH:MM");
    }

    @Test
    void blankTextNamesTheExpectedShape() {
        assertRejected("  ", "\"\": expected HH:MM-HH:MM");
    }

    @Test
    void endBeforeStartNamesTheInput() {
        assertRejected("12:30-08:30", "\"12:30-08:30\": the end must be after the start");
    }

    @Test
    void impossibleTimeNamesTheInputAndTheTime() {
        assertRejected("08:30-24:00", "\"08:30-24:00\": \"24:00\" is not a time of day (HH:MM)");
    }

    @Test
    void constructorRejectsEndNotAfterStart() {
        assertThatThrownBy(() -> new TimeRange(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorRejectsTimesTheTextCannotHold() {
        assertThatThrownBy(() -> new TimeRange(LocalTime.of(8, 30, 15), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
