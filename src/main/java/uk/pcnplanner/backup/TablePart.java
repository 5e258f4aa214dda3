package uk.pcnplanner.backup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup part that is one query's rows as CSV. Subclasses name the columns with their types, the
 * query (referring to people, practices and rooms by code), and how one row is saved again.
 */
abstract class TablePart implements BackupPart {

    enum Type { TEXT, INT, DECIMAL, BOOL, DATE, TIME, TIMESTAMP }

    record Column(String name, Type type) {}

    /** One restored row: typed values by column name, and where it came from for messages. */
    record Row(Map<String, Object> values, String where) {
        Object get(String column) {
            return values.get(column);
        }

        String text(String column) {
            return (String) values.get(column);
        }
    }

    protected final JdbcTemplate jdbc;
    private final String fileName;
    private final List<Column> columns;

    TablePart(JdbcTemplate jdbc, String fileName, List<Column> columns) {
        this.jdbc = jdbc;
        this.fileName = fileName;
        this.columns = columns;
    }

    static Column col(String name, Type type) {
        return new Column(name, type);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    /** The rows to back up, in a stable order, with exactly the columns' names. */
    abstract List<List<String>> rows(BackupKeys keys);

    abstract void insert(Row row, BackupKeys keys);

    /** Inserts one row: the leading values (ids this installation gave) first, then the row's own columns. */
    void insertInto(String table, List<String> leading, List<Object> leadingValues, Row row, List<Column> own) {
        List<String> names = new ArrayList<>(leading);
        List<Object> values = new ArrayList<>(leadingValues);
        own.forEach(c -> {
            names.add(c.name());
            values.add(row.get(c.name()));
        });
        jdbc.update("insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", Collections.nCopies(values.size(), "?")) + ")", values.toArray());
    }

    @Override
    public byte[] write(BackupKeys keys) {
        return Csv.write(columns.stream().map(Column::name).toList(), rows(keys));
    }

    @Override
    public void restore(byte[] content, BackupKeys keys) {
        Csv.Table table = Csv.read(content, fileName);
        List<String> expected = columns.stream().map(Column::name).toList();
        if (!table.header().equals(expected)) {
            throw new IllegalArgumentException(fileName + " has the columns " + table.header() + " where a backup has "
                    + expected);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            String where = fileName + " line " + (r + 2);
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> texts = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                values.put(columns.get(c).name(), parse(columns.get(c), texts.get(c), where));
            }
            insert(new Row(values, where), keys);
        }
    }

    /** Runs the query and turns each row into text by the columns' types. */
    List<List<String>> query(String sql, Object... params) {
        return jdbc.query(sql, (rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                row.add(text(rs, c + 1, columns.get(c).type()));
            }
            return row;
        }, params);
    }

    private static String text(ResultSet rs, int index, Type type) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rs.getString(index);
            // PostgreSQL's driver reads an integer column only as Integer, H2's as Long too.
            case INT -> {
                long number = rs.getLong(index);
                yield rs.wasNull() ? null : number;
            }
            case DECIMAL -> rs.getBigDecimal(index) == null ? null : rs.getBigDecimal(index).toPlainString();
            case BOOL -> {
                boolean flag = rs.getBoolean(index);
                yield rs.wasNull() ? null : flag;
            }
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIME -> rs.getObject(index, LocalTime.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
        };
        return value == null ? null : value.toString();
    }

    private static Object parse(Column column, String text, String where) {
        if (text == null) {
            return null;
        }
        try {
            return switch (column.type()) {
                case TEXT -> text;
                case INT -> Long.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOL -> switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("not true or false");
                };
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case TIMESTAMP -> LocalDateTime.parse(text);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ", column " + column.name() + ": \"" + text
                    + "\" is not a valid " + column.type().name().toLowerCase() + " value");
        }
    }

    long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
