package uk.pcnplanner.rota.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How the rota pages name days and weeks, in one place so every list reads the same. */
public final class RotaWeeks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private RotaWeeks() {}

    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
