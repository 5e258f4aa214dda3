package uk.pcnplanner.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.calendar.ics.IcsWriter;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.rota.publish.domain.PublishedAssignment;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;

/**
 * Calendars of the demo network with a constructed plan around the October 2026 clock change and
 * one booked supervision. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class CalendarServiceTest {

    private static final LocalDate BEFORE_CHANGE = LocalDate.of(2026, 10, 19);
    private static final LocalDate AFTER_CHANGE = LocalDate.of(2026, 10, 26);

    @Autowired
    CalendarService calendars;

    @Autowired
    NetworkRepository networks;

    @Autowired
    StaffRepository staff;

    @Autowired
    RoomRepository rooms;

    @Autowired
    PublicationRepository publications;

    @Autowired
    BookingRepository bookings;

    Network network;
    Staff supervisor;
    Staff supervisee;
    Room room;

    @BeforeEach
    void plan() {
        network = networks.findFirstByOrderByIdAsc().orElseThrow();
        supervisor = staff.findByNetworkAndStaffCodeIgnoreCase(network, "2001").orElseThrow();
        supervisee = staff.findBySupervisorOrderByName(supervisor).getFirst();
        room = rooms.findByPracticeOrderByName(supervisee.getBasePractice()).getFirst();
        publish(Instant.parse("2026-10-01T09:00:00Z"));
        Booking booking = new Booking(network, AFTER_CHANGE, supervisee, Activity.ONE_TO_ONE);
        booking.setTime(LocalTime.of(14, 0), 60);
        booking.setWith(Set.of(supervisor));
        bookings.saveAndFlush(booking);
    }

    /** A publication of two clinic mornings, with the booked one-to-one pinned in it. */
    private Publication publish(Instant at) {
        Publication publication = new Publication(network, BEFORE_CHANGE, AFTER_CHANGE, at, "director",
                "0hard/0medium/0soft");
        publication.add(clinic(publication, "CLINIC|test|0|1", BEFORE_CHANGE));
        publication.add(clinic(publication, "CLINIC|test|1|1", AFTER_CHANGE));
        publication.add(new PublishedAssignment(publication, "ONE_TO_ONE|test|0", AFTER_CHANGE, Half.PM,
                        LocalTime.of(14, 0), LocalTime.of(15, 0), false)
                .who(supervisee.getStaffCode(), supervisee.getName(), Activity.ONE_TO_ONE, supervisor.getStaffCode(),
                        true)
                .where(null, null, null));
        return publications.saveAndFlush(publication);
    }

    private PublishedAssignment clinic(Publication publication, String key, LocalDate date) {
        return new PublishedAssignment(publication, key, date, Half.AM, network.amSession().start(),
                network.amSession().end(), true)
                .who(supervisee.getStaffCode(), supervisee.getName(), Activity.CLINIC, null, false)
                .where(room.getPractice().getCode(), room.getPractice().getName(), room.getName());
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aMondayMorningClinicIsAt0830LondonTimeBeforeAndAfterTheOctoberClockChange() throws Exception {
        Map<String, VEvent> events = bySummary(calendars.calendar(supervisee.getId()));

        List<ZonedDateTime> mornings = events.values().stream()
                .filter(e -> value(e, Property.SUMMARY).startsWith("Clinic"))
                .map(e -> london(e)).sorted().toList();
        assertThat(mornings).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                BEFORE_CHANGE.atTime(8, 30), AFTER_CHANGE.atTime(8, 30));
        assertThat(mornings).extracting(z -> z.getOffset().getTotalSeconds()).containsExactly(3600, 0);
        assertThat(events.values()).filteredOn(e -> value(e, Property.SUMMARY).startsWith("Clinic"))
                .allSatisfy(e -> assertThat(value(e, Property.LOCATION))
                        .isEqualTo(room.getName() + ", " + room.getPractice().getName()));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aBookedOneToOneIsInBothPeoplesCalendarsOnceAsTheSameRemoteEvent() throws Exception {
        String summary = "One-to-one supervision: " + supervisee.getName() + " with " + supervisor.getName();

        List<VEvent> theirs = events(calendars.calendar(supervisee.getId())).stream()
                .filter(e -> value(e, Property.SUMMARY).equals(summary)).toList();
        List<VEvent> mine = events(calendars.calendar(supervisor.getId())).stream()
                .filter(e -> value(e, Property.SUMMARY).equals(summary)).toList();

        assertThat(theirs).as("the booking, not also its pinned copy in the plan").hasSize(1);
        assertThat(mine).hasSize(1);
        assertThat(value(mine.getFirst(), Property.UID)).isEqualTo(value(theirs.getFirst(), Property.UID));
        assertThat(value(mine.getFirst(), Property.LOCATION)).isEqualTo("Remote");
        assertThat(london(mine.getFirst()).toLocalDateTime()).isEqualTo(AFTER_CHANGE.atTime(14, 0));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void uidsAreStableAcrossExportsAndANewPublicationRaisesTheSequence() throws Exception {
        List<VEvent> first = events(calendars.calendar(supervisee.getId()));
        List<VEvent> second = events(calendars.calendar(supervisee.getId()));
        publish(Instant.parse("2026-10-02T09:00:00Z"));
        List<VEvent> afterResolve = events(calendars.calendar(supervisee.getId()));

        assertThat(uids(first)).hasSize(3).doesNotHaveDuplicates()
                .isEqualTo(uids(second)).isEqualTo(uids(afterResolve));
        VEvent clinicBefore = first.stream().filter(e -> value(e, Property.SUMMARY).startsWith("Clinic")).findFirst()
                .orElseThrow();
        VEvent clinicAfter = afterResolve.stream()
                .filter(e -> value(e, Property.UID).equals(value(clinicBefore, Property.UID))).findFirst().orElseThrow();
        assertThat(Integer.parseInt(value(clinicAfter, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(clinicBefore, Property.SEQUENCE)));
        assertThat(value(clinicAfter, Property.DTSTAMP)).isEqualTo("20261002T090000Z");
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPracticeManagerListsOnlyStaffBasedAtTheirPracticeAndCannotDownloadAnyoneElse() {
        List<Staff> everyone = staff.findByNetworkOrderByName(network);
        Staff elsewhere = everyone.stream().filter(s -> !s.getBasePractice().getCode().equals("C84001"))
                .findFirst().orElseThrow();

        assertThat(calendars.people()).isNotEmpty().extracting(CalendarPerson::staffId)
                .containsExactlyElementsOf(everyone.stream()
                        .filter(s -> s.getBasePractice().getCode().equals("C84001")).map(Staff::getId).toList());
        assertThatThrownBy(() -> calendars.calendar(elsewhere.getId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("staff based at your practice")
                .hasMessageContaining(elsewhere.getName() + " is based at " + elsewhere.getBasePractice().getName());
        assertThatThrownBy(() -> calendars.everyone()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorDownloadsTheirOwnCalendarOnly() throws Exception {
        assertThat(calendars.people()).extracting(CalendarPerson::staffId).containsExactly(supervisor.getId());
        assertThat(events(calendars.calendar(supervisor.getId()))).extracting(e -> value(e, Property.SUMMARY))
                .contains("One-to-one supervision: " + supervisee.getName() + " with " + supervisor.getName());
        assertThatThrownBy(() -> calendars.calendar(supervisee.getId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can only download your own calendar");
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDirectorDownloadsEveryonesCalendarsInOneZip() throws Exception {
        CalendarFile zip = calendars.everyone();
        Map<String, String> files = unzip(zip.content());

        assertThat(zip.fileName()).endsWith("-calendars.zip");
        assertThat(files).hasSize(staff.findByNetworkOrderByName(network).size());
        String superviseeFile = CalendarService.fileName(supervisee);
        assertThat(files).containsKey(superviseeFile);
        assertThat(events(files.get(superviseeFile).getBytes(StandardCharsets.UTF_8))).hasSize(3);
        assertThat(files.values()).allSatisfy(ics -> assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/London"));
    }

    private static Map<String, String> unzip(byte[] content) throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Map<String, VEvent> bySummary(CalendarFile file) throws Exception {
        return events(file).stream().collect(Collectors.toMap(e -> value(e, Property.UID), e -> e));
    }

    private static List<VEvent> events(CalendarFile file) throws Exception {
        assertThat(file.fileName()).endsWith(".ics");
        assertThat(file.mediaType()).startsWith("text/calendar");
        return events(file.content());
    }

    private static List<VEvent> events(byte[] content) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(content, StandardCharsets.UTF_8)))
                .getComponents(Component.VEVENT);
    }

    private static List<String> uids(List<VEvent> events) {
        return new ArrayList<>(events.stream().map(e -> value(e, Property.UID)).sorted().toList());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static ZonedDateTime london(VEvent event) {
        return ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).withZoneSameInstant(IcsWriter.LONDON);
    }
}
