package uk.pcnplanner.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleConvertersTest {

    private final SessionSetConverter sessions = new SessionSetConverter();
    private final SupervisionWindowsConverter windows = new SupervisionWindowsConverter();

    @Test
    void nullOrEmptySessionColumnIsNone() {
        assertThat(sessions.convertToEntityAttribute(null)).isEqualTo(SessionSet.none());
        assertThat(sessions.convertToEntityAttribute("")).isEqualTo(SessionSet.none());
    }

    @Test
    void noSessionsAreStoredAsNull() {
        assertThat(sessions.convertToDatabaseColumn(SessionSet.none())).isNull();
        assertThat(sessions.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void sessionsAreStoredAsCanonicalTextAndReadBack() {
        SessionSet set = SessionSet.parse("monday, tue, wed, fri am");
        String column = sessions.convertToDatabaseColumn(set);
        assertThat(column).isEqualTo("Mon-Wed, Fri AM");
        assertThat(sessions.convertToEntityAttribute(column)).isEqualTo(set);
    }

    @Test
    void badSessionColumnFailsNamingTheText() {
        assertThatThrownBy(() -> sessions.convertToEntityAttribute("Mon, Moon"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored session list \"Mon, Moon\" is invalid: "
                        + "\"Moon\" is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    @Test
    void nullOrEmptyWindowsColumnIsNone() {
        assertThat(windows.convertToEntityAttribute(null)).isEqualTo(SupervisionWindows.none());
        assertThat(windows.convertToEntityAttribute("")).isEqualTo(SupervisionWindows.none());
    }

    @Test
    void noWindowsAreStoredAsNull() {
        assertThat(windows.convertToDatabaseColumn(SupervisionWindows.none())).isNull();
        assertThat(windows.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void windowsAreStoredAsCanonicalTextAndReadBack() {
        SupervisionWindows value = SupervisionWindows.parse("thu 16:30-17:30 REMOTE, tue 9:00-9:30");
        String column = windows.convertToDatabaseColumn(value);
        assertThat(column).isEqualTo("Tue 09:00-09:30; Thu 16:30-17:30 remote");
        assertThat(windows.convertToEntityAttribute(column)).isEqualTo(value);
    }

    @Test
    void badWindowsColumnFailsNamingTheText() {
        assertThatThrownBy(() -> windows.convertToEntityAttribute("Tue 12:30"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored supervision windows \"Tue 12:30\" are invalid: "
                        + "\"Tue 12:30\": expected DAY HH:MM-HH:MM, optionally followed by \"remote\"");
    }
}
