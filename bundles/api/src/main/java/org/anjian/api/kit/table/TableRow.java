package org.anjian.api.kit.table;

import java.util.List;

/** One record of a table and the line it starts on (1-based; the header is usually line 1). */
public record TableRow(int line, List<String> fields) {
    public TableRow {
        fields = List.copyOf(fields);
    }

    /** The field at the 0-based column. */
    public String get(int column) {
        return fields.get(column);
    }

    /** An error about this row, naming the table and the line. */
    public IllegalArgumentException error(String table, String message) {
        return new IllegalArgumentException(table + " line " + line + ": " + message);
    }
}
