package uk.pcnplanner.backup;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The network's database ids by the keys the workbook uses (Staff ID, practice code, room name at a
 * practice), so a backup made in one installation can be restored into another.
 */
public final class BackupKeys {

    private final long networkId;
    private final Map<String, Long> staff = new HashMap<>();
    private final Map<String, Long> practices = new HashMap<>();
    private final Map<String, Long> rooms = new HashMap<>();

    private BackupKeys(long networkId) {
        this.networkId = networkId;
    }

    static BackupKeys read(JdbcTemplate jdbc, long networkId) {
        BackupKeys keys = new BackupKeys(networkId);
        jdbc.query("select id, staff_code from staff where network_id = ?",
                rs -> { keys.staff.put(key(rs.getString(2)), rs.getLong(1)); }, networkId);
        jdbc.query("select id, code from practice where network_id = ?",
                rs -> { keys.practices.put(key(rs.getString(2)), rs.getLong(1)); }, networkId);
        jdbc.query("select r.id, p.code, r.name from room r join practice p on p.id = r.practice_id where p.network_id = ?",
                rs -> { keys.rooms.put(key(rs.getString(2)) + "|" + key(rs.getString(3)), rs.getLong(1)); }, networkId);
        return keys;
    }

    public long networkId() {
        return networkId;
    }

    public Long staffId(String staffCode, String where) {
        return find(staff, staffCode == null ? null : key(staffCode), "Staff ID " + staffCode, where);
    }

    public Long practiceId(String practiceCode, String where) {
        return find(practices, practiceCode == null ? null : key(practiceCode), "practice " + practiceCode, where);
    }

    public Long roomId(String practiceCode, String roomName, String where) {
        return find(rooms, roomName == null ? null : key(practiceCode) + "|" + key(roomName),
                "room " + roomName + " at practice " + practiceCode, where);
    }

    private static Long find(Map<String, Long> ids, String key, String what, String where) {
        if (key == null) {
            return null;
        }
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalArgumentException(where + " refers to " + what + ", which the backup's network workbook does not have");
        }
        return id;
    }

    private static String key(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT);
    }
}
