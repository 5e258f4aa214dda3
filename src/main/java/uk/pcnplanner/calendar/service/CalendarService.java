package uk.pcnplanner.calendar.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.calendar.ics.IcsWriter;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.security.AnyPortalUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/** Each person's rota and supervision as a calendar file for Outlook, and everyone's for the clinical director. */
@Service
public class CalendarService {

    private final RotaSource rota;
    private final BookedSupervisionEvents bookings;
    private final StaffRepository staff;
    private final NetworkService networks;
    private final CurrentUser currentUser;

    CalendarService(RotaSource rota, BookedSupervisionEvents bookings, StaffRepository staff, NetworkService networks,
            CurrentUser currentUser) {
        this.rota = rota;
        this.bookings = bookings;
        this.staff = staff;
        this.networks = networks;
        this.currentUser = currentUser;
    }

    /** The people whose calendar the current user may download, by name. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public List<CalendarPerson> people() {
        PortalUser user = currentUser.require();
        Network network = networks.requireCurrent();
        List<CalendarEvent> events = events(network);
        return staff.findByNetworkOrderByName(network).stream()
                .filter(person -> CalendarAccess.mayDownload(user, person))
                .map(person -> new CalendarPerson(person.getId(), person.getName(), person.getRole().getName(),
                        person.getBasePractice().getName(), (int) of(person, events).count()))
                .toList();
    }

    /** One person's calendar; refused for someone the current user may not see. */
    @AnyPortalUser
    @Transactional(readOnly = true)
    public CalendarFile calendar(long staffId) {
        Staff person = staff.findById(staffId)
                .orElseThrow(() -> new IllegalArgumentException("No staff member with id " + staffId));
        CalendarAccess.require(currentUser.require(), person);
        return new CalendarFile(fileName(person), IcsWriter.MEDIA_TYPE, ics(person, events(person.getNetwork())));
    }

    /** Every person's calendar, one file each, in one zip. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public CalendarFile everyone() {
        Network network = networks.requireCurrent();
        List<CalendarEvent> events = events(network);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Staff person : staff.findByNetworkOrderByName(network)) {
                zip.putNextEntry(new ZipEntry(fileName(person)));
                zip.write(ics(person, events));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalendarFile(slug(network.getName()) + "-calendars.zip", "application/zip", bytes.toByteArray());
    }

    private List<CalendarEvent> events(Network network) {
        return Stream.concat(rota.events(network).stream(), bookings.events(network).stream()).toList();
    }

    private static byte[] ics(Staff person, List<CalendarEvent> events) {
        return IcsWriter.write(person.getName() + " – rota and supervision", of(person, events)
                .sorted((a, b) -> a.date().atTime(a.start()).compareTo(b.date().atTime(b.start()))).toList());
    }

    private static Stream<CalendarEvent> of(Staff person, List<CalendarEvent> events) {
        return events.stream().filter(e -> e.involves(person.getId()));
    }

    static String fileName(Staff person) {
        return "calendar-" + slug(person.getStaffCode()) + "-" + slug(person.getName()) + ".ics";
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
