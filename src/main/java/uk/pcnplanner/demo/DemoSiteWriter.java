package uk.pcnplanner.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.pcnplanner.demo.DemoPlan.PracticePlan;
import uk.pcnplanner.demo.DemoPlan.RoomPlan;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;

/** Saves the demo practices and their rooms. */
@Component
class DemoSiteWriter {

    private final PracticeRepository practices;
    private final RoomRepository rooms;

    DemoSiteWriter(PracticeRepository practices, RoomRepository rooms) {
        this.practices = practices;
        this.rooms = rooms;
    }

    /** The saved practices by practice code. */
    Map<String, Practice> save(Network network, DemoPlan plan) {
        Map<String, Practice> byCode = new LinkedHashMap<>();
        for (PracticePlan p : plan.practices()) {
            Practice practice = new Practice(network, p.code(), p.name(), p.listSize());
            practice.setOpenSessions(p.openSessions());
            practice.setLinkWorkerSessions(p.linkWorkerSessions());
            byCode.put(p.code(), practices.save(practice));
        }
        for (RoomPlan r : plan.rooms()) {
            Room room = new Room(byCode.get(r.practiceCode()), r.name(), r.type());
            room.setCapacity(r.capacity());
            room.setAccessible(r.accessible());
            room.setUnavailable(r.unavailable());
            rooms.save(room);
        }
        return byCode;
    }
}
