package uk.pcnplanner.workbook.read;

import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.workbook.model.NetworkWorkbook.RoomRow;

/** The Rooms sheet: a room name is unique within its practice. */
final class RoomsReader {

    private RoomsReader() {}

    static List<RoomRow> read(SheetTable table) {
        Duplicates names = new Duplicates("room");
        List<RoomRow> rooms = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String practice = row.require("Practice code", Fields.TEXT);
            String name = row.require("Room", Fields.TEXT);
            RoomType type = row.require("Type", Fields.choice(RoomType.class));
            if (practice != null && name != null) {
                names.isFirst(practice + " / " + name, row, "Room");
            }
            int capacity = type == null ? 2 : type.defaultCapacity();
            rooms.add(new RoomRow(
                    row.number(),
                    practice,
                    name,
                    type,
                    row.orDefault("Capacity", Fields.wholeNumber(1), capacity),
                    row.orDefault("Accessible", Fields.YES_NO, false),
                    row.orDefault("Unavailable", Fields.SESSIONS, SessionSet.none())));
        }
        return rooms;
    }
}
