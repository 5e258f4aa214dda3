package uk.pcnplanner.rota.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.solver.Plans.CASTLE;
import static uk.pcnplanner.solver.Plans.RIVERSIDE;
import static uk.pcnplanner.solver.Plans.linkWorker;
import static uk.pcnplanner.solver.Plans.room;
import static uk.pcnplanner.solver.Plans.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.rota.edit.PlanScoring.Scored;
import uk.pcnplanner.solver.Plans;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.service.SolverSettings;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** What a change breaks, and what a placement does, in the words the rota page shows, on small plans. */
class EditWordsTest {

    private final PlanScoring scoring = new PlanScoring(SolverSettings.defaults());
    private final Person asha = linkWorker("Asha Khan");
    private final Person sam = linkWorker("Sam Taylor");
    private final PlanRoom castle2 = room(CASTLE, "Room 2", RoomType.CONSULTING);
    private final PlanRoom riverside1 = room(RIVERSIDE, "Room 1", RoomType.CONSULTING);
    private final ClinicItem atRiverside = Plans.clinic(asha, session(1, Half.AM), riverside1);
    private final ClinicItem atCastle = new ClinicItem(Plans.nextId(), CASTLE, "SPLW", 0, 0, SessionSet.none(),
            List.of(asha, sam), List.of(session(1, Half.AM), session(1, Half.PM)), List.of(castle2));
    private final PlanSolution plan = Plans.solution(new PlanWeights(), asha, sam, castle2, riverside1, atRiverside,
            atCastle);

    @Test
    void puttingSomeoneInTwoPlacesNamesWhereTheyAlreadyAre() {
        atCastle.place(sam, session(1, Half.AM), castle2);
        Scored before = scoring.score(plan);

        atCastle.place(asha, session(1, Half.AM), castle2);

        assertThat(sentences(scoring.score(plan), before))
                .containsExactly("Asha Khan is already in a clinic at Riverside Medical Centre on Tue 5 Jan AM");
    }

    @Test
    void aRoomAlreadyInUseNamesWhoseClinicHasIt() {
        ClinicItem samsClinic = Plans.clinic(sam, session(1, Half.PM), castle2);
        PlanSolution shared = Plans.solution(new PlanWeights(), asha, sam, castle2, samsClinic, atCastle);
        Scored before = scoring.score(shared);

        atCastle.place(asha, session(1, Half.PM), castle2);

        assertThat(new PlanScoring(SolverSettings.defaults()).score(shared).newSince(before))
                .extracting(new BreakWords(shared, atCastle)::describe)
                .containsExactly("Room 2 at Castle Surgery is already taken on Tue 5 Jan PM by Sam Taylor's clinic at "
                        + "Castle Surgery");
    }

    @Test
    void leaveIsNamedWithTheSession() {
        asha.onLeave(Plans.MONDAY.plusDays(1), Half.PM);
        Scored before = scoring.score(plan);

        atCastle.place(asha, session(1, Half.PM), castle2);

        assertThat(sentences(scoring.score(plan), before)).containsExactly("Asha Khan is on leave on Tue 5 Jan PM");
    }

    @Test
    void aPlacementReadsAsWhoWhenWhereAndWhatItDoesToThePlan() {
        ClinicItem nextWeek = Plans.clinic(sam, session(8, Half.PM), castle2);
        PlanSolution twoWeeks = Plans.solution(new PlanWeights(), asha, sam, castle2, riverside1, atRiverside,
                atCastle, nextWeek);
        Scored before = scoring.score(twoWeeks);

        assertThat(effect(twoWeeks, before, new Placement(sam, atCastle.periods().get(1), castle2)))
                .isEqualTo("Sam Taylor, Tue 5 Jan PM, Room 2: no conflicts, schedules it, keeps continuity");
        assertThat(effect(twoWeeks, before, new Placement(asha, atCastle.periods().get(1), castle2)))
                .isEqualTo("Asha Khan, Tue 5 Jan PM, Room 2: no conflicts, schedules it, less continuity (not there "
                        + "every week), a second site that day");
    }

    private String effect(PlanSolution on, Scored before, Placement to) {
        to.applyTo(atCastle);
        return SuggestionWords.describe(to, atCastle, false, before, scoring.score(on), new BreakWords(on, atCastle));
    }

    private List<String> sentences(Scored after, Scored before) {
        BreakWords words = new BreakWords(plan, atCastle);
        return after.newSince(before).stream().map(words::describe).toList();
    }
}
