package uk.pcnplanner.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.supervision.service.Diaries.THU;
import static uk.pcnplanner.supervision.service.Diaries.TUE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.time.TimeRange;

/** Suggested times on constructed diaries: the right ones, ranked, and none that clash. */
class SlotFinderTest {

    private final Diaries d = new Diaries();

    @Test
    void suggestsEachWindowWhereBothWorkRemoteFirstThenEarliest() {
        List<SuggestedSlot> slots = d.finder().suggest(d.oneToOne(d.sam, LocalDate.of(2027, 1, 31)), TUE.plusDays(9));

        assertThat(slots).extracting(SuggestedSlot::describe).containsExactly(
                "Thu 7 Jan 2027 16:30-17:30 · remote (video)",
                "Tue 5 Jan 2027 12:30-13:30 · Office, Riverside",
                "Thu 14 Jan 2027 16:30-17:30 · remote (video)",
                "Tue 12 Jan 2027 12:30-13:30 · Office, Riverside");
        assertThat(slots.get(1).reason())
                .isEqualTo("Before the due date (Sun 31 Jan 2027); Office at Riverside, where Sam Taylor is that day");
        assertThat(slots.getFirst().reason()).endsWith("remote, no room needed");
    }

    @Test
    void noSuggestionClashesWithLeaveABookingOrThePlan() {
        d.away(d.patel, TUE.plusDays(7), TUE.plusDays(7))
                .booked(Activity.CLINIC, THU.plusDays(7), "13:30-17:30", d.office, d.sam)
                .planned(Activity.CLINIC, THU, "13:30-17:30", d.office, d.sam)
                .booked(Activity.DEBRIEF, TUE, "12:30-13:00", d.office, d.patel, d.ali);

        List<SuggestedSlot> slots = d.finder().suggest(d.oneToOne(d.sam, LocalDate.of(2027, 1, 31)), THU.plusDays(14));

        assertThat(slots).extracting(SuggestedSlot::describe).containsExactly(
                "Thu 21 Jan 2027 16:30-17:30 · remote (video)",
                "Tue 19 Jan 2027 12:30-13:30 · Office, Riverside");
        for (SuggestedSlot slot : slots) {
            TimeRange times = new TimeRange(slot.start(), slot.end());
            assertThat(d.entries).noneMatch(e -> e.overlaps(slot.date(), times)
                    && (e.involves(d.sam.getId()) || e.involves(d.patel.getId())));
        }
    }

    @Test
    void aTakenRoomMovesTheSuggestionToAnotherFreeRoom() {
        d.booked(Activity.DEBRIEF, TUE, "12:00-13:30", d.office, d.ali);

        List<SuggestedSlot> slots = d.finder().suggest(d.oneToOne(d.sam, THU), TUE);

        assertThat(slots).extracting(SuggestedSlot::describe)
                .containsExactly("Tue 5 Jan 2027 12:30-13:30 · Room 1, Castle Surgery");
        assertThat(slots.getFirst().reason()).contains("where Dr Priya Patel is that day");
    }

    @Test
    void groupSupervisionNeedsAGroupRoomForEveryone() {
        SlotRequest group = new SlotRequest(d.patel, List.of(d.sam, d.ali), Activity.GROUP, 90, THU, Diaries.NOW, null);
        d.patel.setSupervisionWindows(uk.pcnplanner.time.SupervisionWindows.parse("Tue 12:00-14:00"));

        List<SuggestedSlot> slots = d.finder().suggest(group, TUE);

        assertThat(slots).extracting(SuggestedSlot::describe)
                .containsExactly("Tue 5 Jan 2027 12:00-13:30 · Group room, Castle Surgery");
    }

    @Test
    void aClashIsRefusedNamingWhoWhatAndWhen() {
        d.booked(Activity.CLINIC, THU, "13:30-17:30", d.office, d.sam);
        SlotFinder finder = d.finder();
        SlotRequest request = d.oneToOne(d.sam, THU);

        assertThat(finder.whyNot(request, THU, LocalTime.of(16, 30), null)).hasValue(
                "Sam Taylor already has a booked clinic in Office at Riverside on Thu 7 Jan 2027 13:30-17:30");
        assertThat(finder.whyNot(request, TUE, LocalTime.of(9, 0), d.office))
                .hasValue("Tue 5 Jan 2027 09:00-10:00 is outside Dr Priya Patel's supervision windows "
                        + "(Tue 12:30-13:30; Thu 16:30-17:30 remote)");
        assertThat(finder.whyNot(request, TUE, LocalTime.of(12, 30), null))
                .hasValue("Dr Priya Patel's window Tue 12:30-13:30 is not remote: choose a room");
        assertThat(finder.whyNot(request, TUE, LocalTime.of(12, 30), d.office)).isEmpty();
    }

    @Test
    void leaveAndTheDaysSomeoneDoesNotWorkAreRefusedWithTheReason() {
        d.away(d.sam, TUE, TUE);
        SlotRequest request = d.oneToOne(d.sam, THU);

        assertThat(d.finder().whyNot(request, TUE, LocalTime.of(12, 30), d.office))
                .hasValue("Sam Taylor is on leave 5 Jan 2027");
        d.sam.setWorkingSessions(uk.pcnplanner.time.SessionSet.parse("Wed-Thu"));
        assertThat(d.finder().whyNot(request, TUE.plusDays(7), LocalTime.of(12, 30), d.office))
                .hasValue("Sam Taylor does not work on Tue 12 Jan 2027");
        assertThat(d.finder().whyNot(request, THU.plusDays(7), LocalTime.of(16, 30), null)).isEmpty();
    }
}
