package uk.pcnplanner.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.calendar.service.CalendarEvent;

/** Calendar files read back with the same library Outlook-compatible tools use. */
class IcsWriterTest {

    private static final Instant STAMP = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void aMondayMorningSessionStaysAt0830LondonTimeEitherSideOfTheOctoberClockChange() throws Exception {
        List<VEvent> events = events(IcsWriter.write("Sam Taylor", List.of(
                morning("before", LocalDate.of(2026, 10, 19)), morning("after", LocalDate.of(2026, 10, 26)))));

        assertThat(events).extracting(e -> start(e).toLocalTime()).containsExactly(LocalTime.of(8, 30), LocalTime.of(8, 30));
        assertThat(events).extracting(e -> start(e).toInstant()).containsExactly(
                Instant.parse("2026-10-19T07:30:00Z"), Instant.parse("2026-10-26T08:30:00Z"));
        assertThat(events).extracting(e -> end(e).toInstant()).containsExactly(
                Instant.parse("2026-10-19T11:30:00Z"), Instant.parse("2026-10-26T12:30:00Z"));
    }

    @Test
    void theMarchClockChangeMovesTheUtcTimeNotTheLondonTime() throws Exception {
        List<VEvent> events = events(IcsWriter.write("Sam Taylor", List.of(
                morning("before", LocalDate.of(2027, 3, 22)), morning("after", LocalDate.of(2027, 3, 29)))));

        assertThat(events).extracting(e -> start(e).toInstant()).containsExactly(
                Instant.parse("2027-03-22T08:30:00Z"), Instant.parse("2027-03-29T07:30:00Z"));
    }

    @Test
    void theFileCarriesTheLondonZoneSoOutlookNeedNotGuessIt() throws Exception {
        byte[] file = IcsWriter.write("Sam Taylor", List.of(morning("one", LocalDate.of(2026, 10, 19))));
        String text = new String(file, StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.getFirst().getProperty(Property.TZID))
                .hasValueSatisfying(tz -> assertThat(tz.getValue()).isEqualTo("Europe/London"));
        TimeZone london = new TimeZone(zones.getFirst());
        assertThat(london.getOffset(Instant.parse("2026-10-19T07:30:00Z").toEpochMilli())).isEqualTo(3_600_000);
        assertThat(london.getOffset(Instant.parse("2026-10-26T08:30:00Z").toEpochMilli())).isZero();
        assertThat(text).contains("DTSTART;TZID=Europe/London:20261019T083000", "VERSION:2.0")
                .contains("\r\n");
        VEvent event = events(file).getFirst();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Clinic · Clinical pharmacist");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Room 2, Castle Surgery");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261001T090000Z");
    }

    @Test
    void uidsAreTheSameInTwoExportsAndDifferentPerItem() throws Exception {
        List<CalendarEvent> items = List.of(morning("CLINIC|C84001|CP|0|1", LocalDate.of(2026, 10, 19)),
                morning("CLINIC|C84001|CP|0|2", LocalDate.of(2026, 10, 19)));

        List<String> first = uids(IcsWriter.write("Sam Taylor", items));
        List<String> second = uids(IcsWriter.write("Sam Taylor", items));

        assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(second);
        assertThat(first).allMatch(uid -> uid.endsWith("@pcn-workforce-planner"));
    }

    private static CalendarEvent morning(String identity, LocalDate date) {
        return new CalendarEvent(identity, 3, STAMP, date, LocalTime.of(8, 30), LocalTime.of(12, 30),
                "Clinic · Clinical pharmacist", "Room 2, Castle Surgery", "From the network rota.", Set.of(1L));
    }

    static List<VEvent> events(byte[] file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(file, StandardCharsets.UTF_8)));
        return calendar.getComponents(Component.VEVENT);
    }

    static List<String> uids(byte[] file) throws Exception {
        return events(file).stream().map(e -> value(e, Property.UID)).toList();
    }

    static ZonedDateTime start(VEvent event) {
        return zoned(event.getStartDate().orElseThrow().getDate());
    }

    static ZonedDateTime end(VEvent event) {
        return zoned(event.getEndDate().orElseThrow().getDate());
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static ZonedDateTime zoned(Temporal date) {
        assertThat(date).as("a zoned time, not a floating one").isInstanceOf(ZonedDateTime.class);
        return ((ZonedDateTime) date).withZoneSameInstant(IcsWriter.LONDON);
    }
}
