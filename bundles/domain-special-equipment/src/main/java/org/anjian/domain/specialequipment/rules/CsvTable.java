package org.anjian.domain.specialequipment.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal reader for the small UTF-8 CSV tables of this package: one record per line, a fixed
 * header, fields optionally quoted with {@code "} (a doubled quote inside a quoted field is a quote).
 * Blank lines and lines starting with {@code #} are ignored; a leading byte-order mark is dropped.
 */
final class CsvTable {

    /** One data record with the 1-based line number it came from. */
    record Row(int line, List<String> fields) {
        String get(int index) {
            return fields.get(index);
        }
    }

    private CsvTable() {
    }

    static InputStream resource(String path) {
        InputStream in = CsvTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }

    static List<Row> read(InputStream in, String name, List<String> header) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, name, header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static List<Row> read(Reader source, String name, List<String> header) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            BufferedReader reader = new BufferedReader(source);
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, name, lineNo);
                if (!headerSeen) {
                    List<String> trimmed = fields.stream().map(String::strip).toList();
                    if (!trimmed.equals(header)) {
                        throw new IllegalArgumentException(name + " line " + lineNo + ": expected header "
                                + String.join(",", header) + " but found " + line);
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": expected " + header.size()
                            + " fields but found " + fields.size());
                }
                rows.add(new Row(lineNo, fields.stream().map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(name + ": no header line");
        }
        return rows;
    }

    private static List<String> split(String line, String name, int lineNo) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '"' && current.toString().isBlank() && !fieldWasQuoted) {
                current.setLength(0);
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == '"') {
                throw new IllegalArgumentException(name + " line " + lineNo + ": stray quote at column " + (i + 1));
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + " line " + lineNo + ": unterminated quoted field");
        }
        fields.add(current.toString());
        return fields;
    }

    /** The leading source tag ({@code [V]}, {@code [P]} or {@code [U]}) of a source column value. */
    static String requireSourceTag(String source, String name, int lineNo) {
        if (source.startsWith("[V]") || source.startsWith("[P]") || source.startsWith("[U]")) {
            return source;
        }
        throw new IllegalArgumentException(name + " line " + lineNo
                + ": source must start with a tag [V], [P] or [U] but was '" + source + "'");
    }
}
