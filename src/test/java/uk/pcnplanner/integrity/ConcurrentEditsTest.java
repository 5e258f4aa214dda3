package uk.pcnplanner.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;

/**
 * Many people editing the same rooms at once: every save either lands on the latest version
 * or is refused as a conflict — none silently overwrites another.
 */
@SpringBootTest
class ConcurrentEditsTest {

    private static final int EDITORS = 8;
    private static final int EDITS_EACH = 125;
    private static final int ROOMS = 3;

    @Autowired
    RoomService rooms;

    @Autowired
    PracticeService practices;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void aThousandInterleavedEditsLoseNoUpdate() throws Exception {
        List<Long> roomIds = asDirector(() -> {
            Long castle = practices.practices().stream().filter(p -> p.getCode().equals("C84001")).findFirst()
                    .orElseThrow().getId();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ROOMS; i++) {
                Room room = rooms.newRoom(castle);
                room.setName("Counter room " + i + " " + System.nanoTime());
                room.setCapacity(1);
                ids.add(rooms.save(room).getId());
            }
            return ids;
        });

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<int[]>> editors = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            int editor = e;
            editors.add(pool.submit(() -> asDirector(() -> edit(roomIds, editor))));
        }
        int saved = 0;
        int refused = 0;
        for (Future<int[]> editor : editors) {
            int[] outcome = editor.get();
            saved += outcome[0];
            refused += outcome[1];
        }
        pool.shutdown();

        int counted = asDirector(() -> roomIds.stream().mapToInt(id -> rooms.room(id).getCapacity() - 1).sum());
        System.out.printf("Concurrent edits: %d attempted, %d saved, %d refused as conflicts, %d lost%n",
                EDITORS * EDITS_EACH, saved, refused, saved - counted);
        assertThat(saved + refused).isEqualTo(EDITORS * EDITS_EACH);
        assertThat(counted).as("every saved increment is in the database").isEqualTo(saved);
        assertThat(saved).as("edits do get through").isPositive();
        asDirector(() -> {
            roomIds.forEach(id -> rooms.delete(rooms.room(id)));
            return null;
        });
    }

    /** Each edit reads a room, adds one to its capacity and saves; a conflict is counted, not retried. */
    private int[] edit(List<Long> roomIds, int editor) {
        int saved = 0;
        int refused = 0;
        for (int i = 0; i < EDITS_EACH; i++) {
            Room copy = rooms.room(roomIds.get((editor + i) % roomIds.size()));
            copy.setCapacity(copy.getCapacity() + 1);
            try {
                rooms.save(copy);
                saved++;
            } catch (ChangedElsewhereException conflict) {
                refused++;
            }
        }
        return new int[] {saved, refused};
    }

    private <T> T asDirector(Callable<T> work) throws Exception {
        UserDetails director = users.loadUserByUsername("director");
        var context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        contexts.setContext(context);
        SecurityContextHolder.setContextHolderStrategy(contexts);
        try {
            return work.call();
        } finally {
            contexts.clearContext();
        }
    }
}
