package org.anjian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo CSV files (UTF-8, header row) into maps keyed by column name. */
final class DemoCsv {
    private DemoCsv() {
    }

    static List<Map<String, String>> read(InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                rows.add(r.toMap());
            }
            return rows;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip).toList();
    }
}
