package uk.pcnplanner.supervision.service;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.staff.domain.LeavePeriodRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.TimeRange;

/**
 * Reads a network's diary: every booking, the latest plan's items that are not bookings (pinned
 * items are the bookings themselves), and leave. Callers hold the transaction.
 */
@Component
class DiaryLoader {

    private final BookingRepository bookings;
    private final PlanDraftRepository drafts;
    private final LeavePeriodRepository leave;
    private final StaffRepository staff;

    DiaryLoader(BookingRepository bookings, PlanDraftRepository drafts, LeavePeriodRepository leave,
            StaffRepository staff) {
        this.bookings = bookings;
        this.drafts = drafts;
        this.leave = leave;
        this.staff = staff;
    }

    Diary diary(Network network) {
        List<DiaryEntry> entries = new ArrayList<>();
        bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(network).forEach(b -> entries.add(entry(network, b)));
        Map<String, Long> ids = staff.findByNetworkOrderByName(network).stream()
                .collect(Collectors.toMap(Staff::getStaffCode, Staff::getId, (a, b) -> a));
        drafts.findFirstByNetworkOrderByIdDesc(network).ifPresent(d -> d.getItems().stream()
                .filter(i -> i.getItemDate() != null && !i.isPinned())
                .forEach(i -> entries.add(entry(network, i, ids))));
        return new Diary(network, entries, leave.findByStaffNetworkOrderByFromDate(network));
    }

    private static DiaryEntry entry(Network network, Booking b) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(b.getStaff().getId());
        b.getWith().forEach(w -> people.add(w.getId()));
        return new DiaryEntry(b.getActivity(), b.getBookingDate(),
                times(network, b.getHalf(), b.getStartTime(), b.getMinutes()), people, b.getPractice(), b.getRoom(),
                b.getId(), false);
    }

    private static DiaryEntry entry(Network network, PlanDraftItem i, Map<String, Long> ids) {
        Set<Long> people = new LinkedHashSet<>();
        if (i.getStaff() != null) {
            people.add(i.getStaff().getId());
        }
        if (i.getWithStaff() != null) {
            Arrays.stream(i.getWithStaff().split(",")).map(String::strip).map(ids::get).filter(Objects::nonNull)
                    .forEach(people::add);
        }
        return new DiaryEntry(i.getActivity(), i.getItemDate(),
                times(network, i.getHalf(), i.getStartTime(), i.getMinutes()), people, i.getPractice(), i.getRoom(),
                null, true);
    }

    private static TimeRange times(Network network, Half half, LocalTime start, Integer minutes) {
        if (start != null && minutes != null) {
            return new TimeRange(start, start.plusMinutes(minutes));
        }
        return half == Half.PM ? network.pmSession() : network.amSession();
    }
}
