package uk.pcnplanner.calendar.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.pcnplanner.calendar.service.CalendarEvent;

/**
 * Writes one person's events as an RFC 5545 calendar. Times are London wall-clock times with the
 * zone's definition included, so Outlook shows 08:30 as 08:30 on both sides of a clock change.
 */
public final class IcsWriter {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final String UID_DOMAIN = "@pcn-workforce-planner";
    private static final VTimeZone LONDON_ZONE = LondonZone.read();

    private IcsWriter() {}

    public static byte[] write(String calendarName, List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//PCN Workforce Planner//Rota and supervision//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", LONDON.getId()));
        calendar.add(LONDON_ZONE);
        events.forEach(e -> calendar.add(event(e)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same item always gets the same UID, so importing a newer calendar updates its event. */
    public static String uid(String identity) {
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)) + UID_DOMAIN;
    }

    private static VEvent event(CalendarEvent e) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(e.identity())));
        event.add(new DtStamp(e.stamp()));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStart<>(ZonedDateTime.of(e.date(), e.start(), LONDON)));
        event.add(new DtEnd<>(ZonedDateTime.of(e.date(), e.end(), LONDON)));
        event.add(new Summary(e.summary()));
        if (e.location() != null) {
            event.add(new Location(e.location()));
        }
        if (e.description() != null) {
            event.add(new Description(e.description()));
        }
        return event;
    }
}
