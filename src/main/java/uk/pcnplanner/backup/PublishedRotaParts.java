package uk.pcnplanner.backup;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * What belongs to one publication, found again by the publication's number: the file's first column
     * is that number, the others are the table's columns as they are.
     */
    abstract static class PublicationDetail extends TablePart {

        private final String table;
        private final int order;
        private final List<Column> detail;

        PublicationDetail(JdbcTemplate jdbc, String fileName, String table, int order, List<Column> detail) {
            super(jdbc, fileName, Stream.concat(Stream.of(col("publication", Type.INT)), detail.stream()).toList());
            this.table = table;
            this.order = order;
            this.detail = detail;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public boolean hasData() {
            return false;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            String names = detail.stream().map(c -> "d." + c.name()).collect(Collectors.joining(", "));
            return query("select n.number, " + names + " from " + table + " d join " + NUMBERED
                    + " n on n.id = d.publication_id order by n.number, d.id", keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            insertInto(table, List.of("publication_id"), List.of(publicationId(r, keys)), r, detail);
        }

        private long publicationId(Row r, BackupKeys keys) {
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
            super(jdbc, "published-assignments.csv", "published_assignment", 41, List.of(col("item_key", Type.TEXT),
                    col("item_date", Type.DATE), col("half", Type.TEXT), col("start_time", Type.TIME),
                    col("end_time", Type.TIME), col("staff_code", Type.TEXT), col("staff_name", Type.TEXT),
                    col("activity", Type.TEXT), col("practice_code", Type.TEXT), col("practice_name", Type.TEXT),
                    col("room_name", Type.TEXT), col("with_staff", Type.TEXT), col("pinned", Type.BOOL),
                    col("booked_half", Type.TEXT)));
        }
    }

    @Component
    static class Gaps extends PublicationDetail {
        Gaps(JdbcTemplate jdbc) {
            super(jdbc, "published-gaps.csv", "published_gap", 42, List.of(col("activity", Type.TEXT),
                    col("practice_code", Type.TEXT), col("staff_code", Type.TEXT), col("week_start", Type.DATE),
                    col("reason", Type.TEXT)));
        }
    }

    @Component
    static class Rules extends PublicationDetail {
        Rules(JdbcTemplate jdbc) {
            super(jdbc, "published-rules.csv", "published_rule", 43, List.of(col("score_level", Type.TEXT),
                    col("constraint_name", Type.TEXT), col("weight", Type.INT), col("matches", Type.INT),
                    col("impact", Type.INT)));
        }
    }
}
