package uk.pcnplanner.backup;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table backed up as it is: its columns in id order, the network's rows only when it has a
 * network, and restored by inserting them again. Tables that point at others by id need a part
 * of their own, to map those ids.
 */
abstract class WholeTable extends TablePart {

    private final String table;
    private final boolean perNetwork;
    private final int order;
    private final List<Column> columns;

    WholeTable(JdbcTemplate jdbc, String fileName, String table, boolean perNetwork, int order, List<Column> columns) {
        super(jdbc, fileName, columns);
        this.table = table;
        this.perNetwork = perNetwork;
        this.order = order;
        this.columns = columns;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public boolean hasData() {
        return count("select count(*) from " + table) > 0;
    }

    @Override
    List<List<String>> rows(BackupKeys keys) {
        String select = "select " + names() + " from " + table;
        return perNetwork
                ? query(select + " where network_id = ? order by id", keys.networkId())
                : query(select + " order by id");
    }

    @Override
    void insert(Row r, BackupKeys keys) {
        if (perNetwork) {
            insertInto(table, List.of("network_id"), List.of(keys.networkId()), r, columns);
        } else {
            insertInto(table, List.of(), List.of(), r, columns);
        }
    }

    private String names() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }
}
