package uk.pcnplanner.calendar.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.rota.publish.domain.Publication;
import uk.pcnplanner.rota.publish.domain.PublicationRepository;
import uk.pcnplanner.rota.publish.domain.PublishedAssignment;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * The rota as last published: staff and practice managers never see a draft, so neither do their
 * calendars. An item keeps the identity it had in the plan, so a new publication updates the
 * events of the last one; its sequence is the publication's. Booked supervision is in the
 * publication too, pinned; it is left out here because the booking itself is in the calendars.
 */
@Component
class PublishedRota implements RotaSource {

    private final PublicationRepository publications;
    private final StaffRepository staff;

    PublishedRota(PublicationRepository publications, StaffRepository staff) {
        this.publications = publications;
        this.staff = staff;
    }

    @Override
    public List<CalendarEvent> events(Network network) {
        return publications.findFirstByNetworkOrderByIdDesc(network)
                .map(publication -> events(network, publication))
                .orElse(List.of());
    }

    private List<CalendarEvent> events(Network network, Publication publication) {
        Map<String, Staff> byCode = staff.findByNetworkOrderByName(network).stream()
                .collect(Collectors.toMap(s -> code(s.getStaffCode()), s -> s, (a, b) -> a));
        // A publication has a row per person of an item; a calendar has one event per item.
        Map<String, CalendarEvent> byItem = new LinkedHashMap<>();
        publication.getAssignments().stream()
                .filter(a -> a.getItemDate() != null && a.getStartTime() != null && a.getEndTime() != null)
                .filter(a -> a.getActivity().isWholeSession() || !a.isPinned())
                .map(a -> event(network, publication, a, byCode))
                .forEach(e -> byItem.merge(e.identity(), e, PublishedRota::withEveryone));
        return List.copyOf(byItem.values());
    }

    private static CalendarEvent withEveryone(CalendarEvent first, CalendarEvent other) {
        Set<Long> everyone = new LinkedHashSet<>(first.staffIds());
        everyone.addAll(other.staffIds());
        return new CalendarEvent(first.identity(), first.sequence(), first.stamp(), first.date(), first.start(),
                first.end(), first.summary(), first.location(), first.description(), everyone);
    }

    private static CalendarEvent event(Network network, Publication publication, PublishedAssignment item,
            Map<String, Staff> byCode) {
        List<Staff> people = people(item, byCode);
        return new CalendarEvent("network-" + network.getId() + "|plan|" + item.getItemKey(),
                publication.getId().intValue(), publication.getPublishedAt(), item.getItemDate(), item.getStartTime(),
                item.getEndTime(), EventWords.summary(item.getActivity(), people),
                EventWords.location(item.getActivity(), item.getPracticeName(), item.getRoomName()),
                EventWords.description(item.getActivity(), false),
                people.stream().map(Staff::getId).collect(Collectors.toSet()));
    }

    /** The person the item is about first, then the others it names by staff code. */
    private static List<Staff> people(PublishedAssignment item, Map<String, Staff> byCode) {
        Set<Staff> people = new LinkedHashSet<>();
        if (item.getStaffCode() != null) {
            people.add(byCode.get(code(item.getStaffCode())));
        }
        if (item.getWithStaff() != null && !item.getWithStaff().isBlank()) {
            Arrays.stream(item.getWithStaff().split(",")).map(PublishedRota::code).map(byCode::get)
                    .forEach(people::add);
        }
        people.remove(null);
        return List.copyOf(people);
    }

    private static String code(String staffCode) {
        return Objects.requireNonNull(staffCode).strip().toUpperCase(Locale.ROOT);
    }
}
