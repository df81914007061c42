package org.anjian.api.kit.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for the small tables a bundle ships (rule tables, demo datasets).
 *
 * <p>The format: strict UTF-8 (a leading byte-order mark is dropped), fields separated by a comma ({@link #csv()})
 * or a tab ({@link #tsv()}), optionally in double quotes with {@code ""} as a quote inside (a quoted field may span
 * lines), LF or CRLF line ends. Blank lines and lines starting with {@code #} are skipped; unquoted fields are
 * stripped of surrounding blanks. The first record is the header. Every error names the table and the line.
 */
public final class Table {
    private static final Table CSV = new Table(',');
    private static final Table TSV = new Table('\t');

    private final char separator;

    private Table(char separator) {
        this.separator = separator;
    }

    /** Comma-separated values, as RFC 4180. */
    public static Table csv() {
        return CSV;
    }

    /** Tab-separated values. */
    public static Table tsv() {
        return TSV;
    }

    /** A resource of the owner's bundle (or class path); a missing one is an error naming it. */
    public static InputStream resource(Class<?> owner, String path) {
        InputStream in = owner.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path + " of " + owner.getName());
        }
        return in;
    }

    /**
     * The data rows of a table whose header must be exactly {@code header}; every row has as many fields. The
     * stream is closed.
     */
    public List<TableRow> read(InputStream in, String name, List<String> header) {
        List<TableRow> records = records(in, name);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty, expected the header " + String.join(",", header));
        }
        TableRow first = records.get(0);
        if (!first.fields().equals(header)) {
            throw new IllegalArgumentException(name + " line " + first.line() + ": the header must be "
                    + String.join(",", header) + " but was " + String.join(",", first.fields()));
        }
        List<TableRow> data = records.subList(1, records.size());
        for (TableRow row : data) {
            if (row.fields().size() != header.size()) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": expected " + header.size()
                        + " fields but found " + row.fields().size());
            }
        }
        return List.copyOf(data);
    }

    /** As {@link #read(InputStream, String, List)}, from characters already decoded; the reader is closed. */
    public List<TableRow> read(java.io.Reader in, String name, List<String> header) {
        return read(new java.io.ByteArrayInputStream(text(in, name).getBytes(StandardCharsets.UTF_8)), name, header);
    }

    /**
     * The data rows as maps from the header's column names (in their order), for tables whose columns are
     * looked up by name. Duplicate column names and rows of another width are errors.
     */
    public List<Map<String, String>> readMaps(InputStream in, String name) {
        List<TableRow> records = records(in, name);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty, expected a header");
        }
        List<String> header = records.get(0).fields();
        if (header.stream().distinct().count() != header.size()) {
            throw new IllegalArgumentException(name + " line " + records.get(0).line()
                    + ": duplicate column names in the header " + String.join(",", header));
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (TableRow row : read(header, records, name)) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }

    private List<TableRow> read(List<String> header, List<TableRow> records, String name) {
        for (TableRow row : records) {
            if (row.fields().size() != header.size()) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": expected " + header.size()
                        + " fields but found " + row.fields().size());
            }
        }
        return records.subList(1, records.size());
    }

    private List<TableRow> records(InputStream in, String name) {
        if (in == null) {
            throw new IllegalArgumentException(name + ": no input");
        }
        return parse(decode(in, name), name);
    }

    private static String text(java.io.Reader in, String name) {
        if (in == null) {
            throw new IllegalArgumentException(name + ": no input");
        }
        StringBuilder b = new StringBuilder();
        try (in) {
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                b.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
        return b.toString();
    }

    private static String decode(InputStream in, String name) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": not valid UTF-8", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private List<TableRow> parse(String text, String name) {
        Parser p = new Parser();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (p.quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    p.field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    p.quoted = false;
                } else {
                    if (c == '\n') {
                        p.line++;
                    }
                    p.field.append(c);
                }
            } else if (c == '#' && p.atRecordStart()) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue; // the newline ends the (empty) record and counts the line
            } else if (c == '"') {
                if (!p.field.toString().isBlank() || p.fieldWasQuoted) {
                    throw new IllegalArgumentException(name + " line " + p.line + ": a quote may only open a field");
                }
                p.field.setLength(0);
                p.quoted = true;
                p.fieldWasQuoted = true;
            } else if (c == separator) {
                p.endField();
            } else if (c == '\n') {
                p.endRecord();
                p.line++;
                p.recordLine = p.line;
            } else if (c != '\r') {
                if (p.fieldWasQuoted && !Character.isWhitespace(c)) {
                    throw new IllegalArgumentException(name + " line " + p.line + ": text after a closing quote");
                }
                if (!p.fieldWasQuoted) {
                    p.field.append(c);
                }
            }
            i++;
        }
        if (p.quoted) {
            throw new IllegalArgumentException(name + " line " + p.recordLine + ": unterminated quoted field");
        }
        p.endRecord();
        return p.rows;
    }

    /** The state of one parse. */
    private static final class Parser {
        final List<TableRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted;
        boolean fieldWasQuoted;
        int line = 1;
        int recordLine = 1;

        boolean atRecordStart() {
            return fields.isEmpty() && field.length() == 0 && !fieldWasQuoted;
        }

        void endField() {
            fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
            field.setLength(0);
            fieldWasQuoted = false;
        }

        void endRecord() {
            boolean blank = fields.isEmpty() && !fieldWasQuoted && field.toString().isBlank();
            if (!blank) {
                endField();
                rows.add(new TableRow(recordLine, List.copyOf(fields)));
            }
            fields = new ArrayList<>();
            field.setLength(0);
            fieldWasQuoted = false;
        }
    }
}
