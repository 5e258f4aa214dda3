package uk.pcnplanner.rota.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.rooms.service.RoomAllocationService;
import uk.pcnplanner.rota.rooms.service.RoomAllocationService.Source;
import uk.pcnplanner.rota.rooms.service.RoomWeek;

/** Before the first solve: publishing says why it cannot, and the room screen still shows the rooms. */
// Its own context (the solver limit differs from every other test's), so nothing has been solved in it.
@SpringBootTest(properties = "pcn.solver.seconds=3")
class NothingSolvedYetTest {

    @Autowired
    PublishService publishing;

    @Autowired
    RoomAllocationService allocation;

    @Autowired
    PracticeService practices;

    @Autowired
    NetworkService networks;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void publishingBeforeAnySolveIsRefusedWithWhatToDo() {
        Network network = networks.requireCurrent();

        assertThatThrownBy(() -> publishing.publish(network.getRotaStart(), network.rotaEnd()))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("Rota: there is no draft to publish yet: solve the rota first");
        assertThat(publishing.history()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theRoomScreenShowsTheRoomsEmptyAndSaysThereIsNoDraft() {
        long castle = practices.practices().getFirst().getId();

        RoomWeek week = allocation.week(castle, networks.requireCurrent().getRotaStart(), Source.DRAFT);

        assertThat(week.source()).isEqualTo("No draft yet: solve the rota first");
        assertThat(week.rooms()).isNotEmpty().allMatch(r -> r.use().used() == 0);
        assertThat(week.gaps()).isEmpty();
    }
}
