package uk.pcnplanner.calendar.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * London's time zone as Outlook expects it: today's two rules (last Sunday of March and of October)
 * rather than the full history since 1847, whose odd offsets such as +00:01:15 Outlook mishandles.
 * The rules hold for every date since 1996, which covers any rota.
 */
final class LondonZone {

    private static final String FILE = "/calendar/europe-london.ics";

    private LondonZone() {}

    static VTimeZone read() {
        try (InputStream in = LondonZone.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return new CalendarBuilder().build(in).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        } catch (ParserException e) {
            throw new IllegalStateException("Cannot parse " + FILE, e);
        }
    }
}
