package uk.pcnplanner.calendar.service;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.TimeRange;

/**
 * The rota as the latest solve left it. Booked supervision is pinned in the draft too; it is left
 * out here because the booking itself is in the calendars, with its own identity.
 */
@Component
class LatestDraftRota implements RotaSource {

    private final PlanDraftRepository drafts;
    private final StaffRepository staff;

    LatestDraftRota(PlanDraftRepository drafts, StaffRepository staff) {
        this.drafts = drafts;
        this.staff = staff;
    }

    @Override
    public List<CalendarEvent> events(Network network) {
        return drafts.findFirstByNetworkOrderByIdDesc(network).map(draft -> events(network, draft)).orElse(List.of());
    }

    private List<CalendarEvent> events(Network network, PlanDraft draft) {
        Map<String, Staff> byCode = staff.findByNetworkOrderByName(network).stream()
                .collect(Collectors.toMap(s -> s.getStaffCode().toUpperCase(Locale.ROOT), s -> s, (a, b) -> a));
        return draft.getItems().stream()
                .filter(i -> i.getReason() == null && i.getItemDate() != null)
                .filter(i -> i.getActivity().isWholeSession() || !i.isPinned())
                .map(i -> event(network, draft, i, byCode))
                .toList();
    }

    private static CalendarEvent event(Network network, PlanDraft draft, PlanDraftItem item, Map<String, Staff> byCode) {
        TimeRange times = times(network, item);
        List<Staff> people = people(item, byCode);
        Set<Long> ids = people.stream().map(Staff::getId).collect(Collectors.toSet());
        return new CalendarEvent("network-" + network.getId() + "|plan|" + item.getItemKey(),
                draft.getId().intValue(), draft.getCreatedAt(), item.getItemDate(), times.start(), times.end(),
                EventWords.summary(item.getActivity(), people), EventWords.location(item.getActivity(),
                        item.getPractice(), item.getRoom()), EventWords.description(item.getActivity(), false), ids);
    }

    private static TimeRange times(Network network, PlanDraftItem item) {
        if (item.getStartTime() != null && item.getMinutes() != null) {
            return new TimeRange(item.getStartTime(), item.getStartTime().plusMinutes(item.getMinutes()));
        }
        return switch (item.getHalf()) {
            case AM -> network.amSession();
            case PM -> network.pmSession();
        };
    }

    /** The person the item is about first, then the others it names by staff code. */
    private static List<Staff> people(PlanDraftItem item, Map<String, Staff> byCode) {
        Set<Staff> people = new LinkedHashSet<>();
        if (item.getStaff() != null) {
            people.add(item.getStaff());
        }
        if (item.getWithStaff() != null && !item.getWithStaff().isBlank()) {
            Arrays.stream(item.getWithStaff().split(",")).map(code -> code.strip().toUpperCase(Locale.ROOT))
                    .map(byCode::get).filter(Objects::nonNull).forEach(people::add);
        }
        return List.copyOf(people);
    }
}
