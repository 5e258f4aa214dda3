package uk.pcnplanner.workbook.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.workbook.model.NetworkWorkbook.PracticeRow;
import uk.pcnplanner.workbook.model.NetworkWorkbook.RoomRow;
import uk.pcnplanner.workbook.validate.Keys;

/** Practices (kept by code) and their rooms (saved afresh). */
@Component
class SiteRecords {

    private final PracticeRepository practices;
    private final RoomRepository rooms;

    SiteRecords(PracticeRepository practices, RoomRepository rooms) {
        this.practices = practices;
        this.rooms = rooms;
    }

    String summary(Network network) {
        return practices.findByNetworkOrderByName(network).size() + " practices, "
                + rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network).size() + " rooms";
    }

    void deleteRooms(Network network) {
        rooms.deleteAll(rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network));
        rooms.flush();
    }

    /** The saved practices by upper-case code. */
    Map<String, Practice> savePractices(Network network, List<PracticeRow> rows) {
        Map<String, Practice> existing = new HashMap<>();
        practices.findByNetworkOrderByName(network).forEach(p -> existing.put(Keys.of(p.getCode()), p));
        Map<String, Practice> saved = new LinkedHashMap<>();
        for (PracticeRow row : rows) {
            Practice practice = existing.get(Keys.of(row.code()));
            if (practice == null) {
                practice = new Practice(network, row.code(), row.name(), row.listSize());
            }
            practice.setCode(row.code());
            practice.setName(row.name());
            practice.setListSize(row.listSize());
            practice.setOpenSessions(row.openSessions());
            practice.setLinkWorkerSessions(row.linkWorkerSessions());
            saved.put(Keys.of(row.code()), practices.save(practice));
        }
        return saved;
    }

    void deletePracticesNotIn(Network network, Map<String, Practice> kept) {
        practices.deleteAll(practices.findByNetworkOrderByName(network).stream()
                .filter(p -> !kept.containsKey(Keys.of(p.getCode())))
                .toList());
        practices.flush();
    }

    /** The saved rooms by practice code and room name. */
    Map<String, Room> saveRooms(List<RoomRow> rows, Map<String, Practice> saved) {
        Map<String, Room> byName = new HashMap<>();
        for (RoomRow row : rows) {
            Room room = new Room(saved.get(Keys.of(row.practiceCode())), row.name(), row.type());
            room.setCapacity(row.capacity());
            room.setAccessible(row.accessible());
            room.setUnavailable(row.unavailable());
            byName.put(roomKey(row.practiceCode(), row.name()), rooms.save(room));
        }
        return byName;
    }

    static String roomKey(String practiceCode, String room) {
        return Keys.of(practiceCode) + "/" + Keys.of(room);
    }

    List<PracticeRow> practiceRows(Network network) {
        return practices.findByNetworkOrderByName(network).stream()
                .sorted(Comparator.comparing(Practice::getCode))
                .map(p -> new PracticeRow(0, p.getCode(), p.getName(), p.getListSize(), p.getOpenSessions(),
                        p.getLinkWorkerSessions()))
                .toList();
    }

    List<RoomRow> roomRows(Network network) {
        return rooms.findByPracticeNetworkOrderByPracticeNameAscNameAsc(network).stream()
                .sorted(Comparator.comparing((Room r) -> r.getPractice().getCode()).thenComparing(Room::getName))
                .map(r -> new RoomRow(0, r.getPractice().getCode(), r.getName(), r.getType(), r.getCapacity(),
                        r.isAccessible(), r.getUnavailable()))
                .toList();
    }
}
