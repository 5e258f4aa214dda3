package uk.pcnplanner.supervision.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as supervisors read them: "Tue 12 Jan 2027", "Tue 12 Jan 2027 12:30". */
final class SupervisionText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private SupervisionText() {}

    static String day(LocalDate date, String none) {
        return date == null ? none : DAY.format(date);
    }

    static String dayTime(LocalDateTime time, String none) {
        return time == null ? none : DAY_TIME.format(time);
    }
}
