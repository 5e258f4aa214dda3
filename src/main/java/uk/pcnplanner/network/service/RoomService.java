package uk.pcnplanner.network.service;

import static uk.pcnplanner.base.service.EditChecks.require;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.AuditedEdits;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.DirectorOrPracticeManager;

/** Rooms: a clinical director manages any practice's, a practice manager only their own. */
@Service
public class RoomService {

    /** The field a refused "kept back" edit names. */
    public static final String UNAVAILABLE = "Unavailable sessions";

    private final RoomRepository rooms;
    private final PracticeRepository practices;
    private final PracticeUsage usage;
    private final CurrentUser currentUser;
    private final AuditedEdits edits;
    private final Clock clock;

    RoomService(
            RoomRepository rooms,
            PracticeRepository practices,
            PracticeUsage usage,
            CurrentUser currentUser,
            AuditedEdits edits,
            Clock clock) {
        this.rooms = rooms;
        this.practices = practices;
        this.usage = usage;
        this.currentUser = currentUser;
        this.edits = edits;
        this.clock = clock;
    }

    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public List<Room> rooms(Long practiceId) {
        currentUser.requirePractice(practiceId);
        return rooms.findByPracticeOrderByName(practice(practiceId));
    }

    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public Room room(Long roomId) {
        Room room = rooms.findById(roomId).orElseThrow(() -> new IllegalArgumentException("No room with id " + roomId));
        currentUser.requirePractice(room.getPractice().getId());
        return room;
    }

    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public Room newRoom(Long practiceId) {
        currentUser.requirePractice(practiceId);
        return new Room(practice(practiceId), "", RoomType.CONSULTING);
    }

    @DirectorOrPracticeManager
    @Transactional
    public Room save(Room edited) {
        currentUser.requirePractice(edited.getPractice().getId());
        return edits.save(rooms, edited, this::validate);
    }

    @DirectorOrPracticeManager
    @Transactional
    public void delete(Room room) {
        edits.delete(rooms, room, stored -> {
            currentUser.requirePractice(stored.getPractice().getId());
            String inUse = usage.whyInUse(stored);
            if (inUse != null) {
                throw new InvalidEditException("Room", stored.getName() + " cannot be deleted: " + inUse);
            }
        });
    }

    private Practice practice(Long id) {
        return practices.findById(id).orElseThrow(() -> new IllegalArgumentException("No practice with id " + id));
    }

    private void validate(Room room) {
        String name = room.getName() == null ? "" : room.getName().trim();
        require(!name.isEmpty(), "Name", "enter the room's name, e.g. Room 3");
        require(room.getType() != null, "Type", "choose CONSULTING, CLINICAL, GROUP or OFFICE");
        require(room.getCapacity() >= 1, "Capacity", "must be at least 1, got " + room.getCapacity());
        rooms.findByPracticeAndNameIgnoreCase(room.getPractice(), name)
                .filter(other -> !other.getId().equals(room.getId()))
                .ifPresent(other -> {
                    throw new InvalidEditException(
                            "Name", room.getPractice().getName() + " already has a room called " + other.getName());
                });
        room.setName(name);
        if (room.getId() != null) {
            String booked = usage.bookedWhileKeptBack(room, LocalDate.now(clock));
            if (booked != null) {
                throw new InvalidEditException(UNAVAILABLE, booked);
            }
        }
    }
}
