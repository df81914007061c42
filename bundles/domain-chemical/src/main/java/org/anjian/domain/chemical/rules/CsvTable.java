package org.anjian.domain.chemical.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader for the rule tables: UTF-8 (a leading byte-order mark is ignored), comma
 * separated, fields optionally in double quotes with {@code ""} as an escaped quote, LF or CRLF line
 * ends. Blank lines are skipped. The first record must equal the expected header.
 */
final class CsvTable {

    /** One data record and the line it starts on (1-based, the header is line 1). */
    record Row(int line, List<String> fields) {
        String get(int column) {
            return fields.get(column);
        }
    }

    private CsvTable() {
    }

    static List<Row> read(InputStream in, String tableName, List<String> expectedHeader) {
        if (in == null) {
            throw new IllegalArgumentException(tableName + ": no input stream");
        }
        String text = decode(in, tableName);
        List<Row> records = parse(text, tableName);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(tableName + ": empty, expected header " + String.join(",", expectedHeader));
        }
        List<String> header = records.get(0).fields().stream().map(String::trim).toList();
        if (!header.equals(expectedHeader)) {
            throw new IllegalArgumentException(tableName + ": header must be " + String.join(",", expectedHeader)
                    + " but was " + String.join(",", header));
        }
        List<Row> data = new ArrayList<>(records.subList(1, records.size()));
        for (Row row : data) {
            if (row.fields().size() != expectedHeader.size()) {
                throw new IllegalArgumentException(tableName + " line " + row.line() + ": expected "
                        + expectedHeader.size() + " fields but found " + row.fields().size());
            }
        }
        return data;
    }

    private static String decode(InputStream in, String tableName) {
        byte[] bytes;
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(tableName + ": cannot read", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(tableName + ": not valid UTF-8", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<Row> parse(String text, String tableName) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0 || fieldWasQuoted) {
                        throw new IllegalArgumentException(tableName + " line " + line
                                + ": a quote may only open a field");
                    }
                    quoted = true;
                    fieldWasQuoted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                }
                case '\r' -> {
                    // part of CRLF; a lone CR is ignored as well
                }
                case '\n' -> {
                    endRecord(rows, fields, field, fieldWasQuoted, recordLine);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (fieldWasQuoted) {
                        throw new IllegalArgumentException(tableName + " line " + line
                                + ": text after a closing quote");
                    }
                    field.append(c);
                }
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException(tableName + " line " + recordLine + ": unterminated quoted field");
        }
        endRecord(rows, fields, field, fieldWasQuoted, recordLine);
        return rows;
    }

    private static void endRecord(List<Row> rows, List<String> fields, StringBuilder field, boolean fieldWasQuoted,
            int recordLine) {
        if (fields.isEmpty() && field.length() == 0 && !fieldWasQuoted) {
            return; // blank line
        }
        fields.add(field.toString());
        rows.add(new Row(recordLine, List.copyOf(fields)));
    }
}
