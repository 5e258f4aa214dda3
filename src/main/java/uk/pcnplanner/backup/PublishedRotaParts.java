package uk.pcnplanner.backup;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Published rotas and their history: each publication, then its assignments, the items it could
 * not place and its score by rule. A publication is known in the backup by its number in the
 * network's history (1 the first), since its database id means nothing in another installation.
 */
final class PublishedRotaParts {

    /** Each publication's number in the network's history, beside its id. */
    private static final String NUMBERED = """
            (select id, row_number() over (order by id) as number from publication where network_id = ?)""";

    private PublishedRotaParts() {}

    @Component
    static class Publications extends WholeTable {
        Publications(JdbcTemplate jdbc) {
            super(jdbc, "publications.csv", "publication", true, 40, List.of(col("date_from", Type.DATE),
                    col("date_to", Type.DATE), col("published_at", Type.TIMESTAMP), col("published_by", Type.TEXT),
                    col("score", Type.TEXT)));
        }
    }

    /** What belongs to one publication, found again by the publication's number. */
    abstract static class PublicationDetail extends TablePart {
        PublicationDetail(JdbcTemplate jdbc, String fileName, List<Column> columns) {
            super(jdbc, fileName, columns);
        }

        @Override
        public boolean hasData() {
            return false;
        }

        long publicationId(Row r, BackupKeys keys) {
            List<Long> id = jdbc.queryForList("select id from " + NUMBERED + " n where n.number = ?", Long.class,
                    keys.networkId(), r.get("publication"));
            if (id.isEmpty()) {
                throw new IllegalArgumentException(r.where() + " belongs to publication " + r.get("publication")
                        + ", which publications.csv does not have");
            }
            return id.getFirst();
        }
    }

    @Component
    static class Assignments extends PublicationDetail {
        Assignments(JdbcTemplate jdbc) {
            super(jdbc, "published-assignments.csv", List.of(col("publication", Type.INT), col("item_key", Type.TEXT),
                    col("item_date", Type.DATE), col("half", Type.TEXT), col("start_time", Type.TIME),
                    col("end_time", Type.TIME), col("staff_code", Type.TEXT), col("staff_name", Type.TEXT),
                    col("activity", Type.TEXT), col("practice_code", Type.TEXT), col("practice_name", Type.TEXT),
                    col("room_name", Type.TEXT), col("with_staff", Type.TEXT), col("pinned", Type.BOOL),
                    col("booked_half", Type.TEXT)));
        }

        @Override
        public int order() {
            return 41;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select n.number, a.item_key, a.item_date, a.half, a.start_time, a.end_time, a.staff_code,
                        a.staff_name, a.activity, a.practice_code, a.practice_name, a.room_name, a.with_staff,
                        a.pinned, a.booked_half
                    from published_assignment a join %s n on n.id = a.publication_id
                    order by n.number, a.id""".formatted(NUMBERED), keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            jdbc.update("""
                    insert into published_assignment (publication_id, item_key, item_date, half, start_time, end_time,
                        staff_code, staff_name, activity, practice_code, practice_name, room_name, with_staff, pinned,
                        booked_half) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    publicationId(r, keys), r.get("item_key"), r.get("item_date"), r.get("half"), r.get("start_time"),
                    r.get("end_time"), r.get("staff_code"), r.get("staff_name"), r.get("activity"),
                    r.get("practice_code"), r.get("practice_name"), r.get("room_name"), r.get("with_staff"),
                    r.get("pinned"), r.get("booked_half"));
        }
    }

    @Component
    static class Gaps extends PublicationDetail {
        Gaps(JdbcTemplate jdbc) {
            super(jdbc, "published-gaps.csv", List.of(col("publication", Type.INT), col("activity", Type.TEXT),
                    col("practice_code", Type.TEXT), col("staff_code", Type.TEXT), col("week_start", Type.DATE),
                    col("reason", Type.TEXT)));
        }

        @Override
        public int order() {
            return 42;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select n.number, g.activity, g.practice_code, g.staff_code, g.week_start, g.reason
                    from published_gap g join %s n on n.id = g.publication_id
                    order by n.number, g.id""".formatted(NUMBERED), keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            jdbc.update("""
                    insert into published_gap (publication_id, activity, practice_code, staff_code, week_start, reason)
                    values (?, ?, ?, ?, ?, ?)""",
                    publicationId(r, keys), r.get("activity"), r.get("practice_code"), r.get("staff_code"),
                    r.get("week_start"), r.get("reason"));
        }
    }

    @Component
    static class Rules extends PublicationDetail {
        Rules(JdbcTemplate jdbc) {
            super(jdbc, "published-rules.csv", List.of(col("publication", Type.INT), col("score_level", Type.TEXT),
                    col("constraint_name", Type.TEXT), col("weight", Type.INT), col("matches", Type.INT),
                    col("impact", Type.INT)));
        }

        @Override
        public int order() {
            return 43;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select n.number, r.score_level, r.constraint_name, r.weight, r.matches, r.impact
                    from published_rule r join %s n on n.id = r.publication_id
                    order by n.number, r.id""".formatted(NUMBERED), keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            jdbc.update("""
                    insert into published_rule (publication_id, score_level, constraint_name, weight, matches, impact)
                    values (?, ?, ?, ?, ?, ?)""",
                    publicationId(r, keys), r.get("score_level"), r.get("constraint_name"), r.get("weight"),
                    r.get("matches"), r.get("impact"));
        }
    }
}
