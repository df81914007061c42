package org.anjian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.kit.table.Table;

/** Reads the demo CSV files (UTF-8, header row) into maps keyed by column name. */
final class DemoCsv {
    private DemoCsv() {
    }

    static List<Map<String, String>> read(InputStream in) throws IOException {
        return Table.csv().readMaps(in, "demo table");
    }

    static String blankToNull(String s) {
        return Fields.blankToNull(s);
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip).toList();
    }
}
