package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;

/** Two cores, one solve at a time: a second network's request waits, and the ticket says so. */
@SpringBootTest(properties = "pcn.solver.unimproved-steps=" + DemoSolveTest.STEPS)
@DirtiesContext
class SolveQueueTest {

    @Autowired
    SolveService solves;

    @Autowired
    NetworkRepository networks;

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSecondNetworksSolveIsQueuedBehindTheOneRunningAndSaysSoThenBothAreSolved() throws InterruptedException {
        long demo = networks.findFirstByOrderByIdAsc().orElseThrow().getId();
        long other = networks.save(new Network("Second PCN", LocalDate.of(2027, 1, 4))).getId();
        List<Long> finished = new CopyOnWriteArrayList<>();
        CountDownLatch bothFinished = new CountDownLatch(2);
        Runnable stop = solves.listen(progress -> {
            if (progress.finished()) {
                finished.add(progress.networkId());
                bothFinished.countDown();
            }
        });

        SolveTicket first = solves.solve(demo);
        SolveTicket second = solves.solve(other);
        SolveTicket again = solves.solve(demo);

        assertThat(first.queued()).isFalse();
        assertThat(first.message()).isEqualTo("Solving started");
        assertThat(second.queued()).isTrue();
        assertThat(second.accepted()).isTrue();
        assertThat(second.message()).startsWith("Queued behind another network's solve");
        assertThat(solves.isRunning(other)).isTrue();
        assertThat(again.message()).isEqualTo("This network is already being solved");
        bothFinished.await();
        stop.run();
        // Finish events come from OptaPlanner's consumer threads, so their order is not the solving order.
        assertThat(finished).containsExactlyInAnyOrder(demo, other);
    }
}
