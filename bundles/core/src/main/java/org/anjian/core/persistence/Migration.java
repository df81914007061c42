package org.anjian.core.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script, named {@code V<version>__<description>.sql}. */
public record Migration(int version, String description, String sql) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    public static Migration of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration file name must be V<n>__<description>.sql: " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
    }

    public static boolean isMigrationName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    public String checksum() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements of the script: comment lines dropped, split at semicolons that end a line. */
    public List<String> statements() {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : clean.toString().split(";\\s*\n")) {
            String s = part.strip();
            if (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
