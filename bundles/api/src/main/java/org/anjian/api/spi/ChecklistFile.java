package org.anjian.api.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a checklist kept as data in a domain bundle: UTF-8 text, header lines {@code #key=value} (id,
 * title, version, basis; other {@code #} lines are comments), then one item a line,
 * {@code code<TAB>majorHazardCriterion<TAB>legalBasis<TAB>text}.
 */
public final class ChecklistFile {
    private ChecklistFile() {
    }

    /** Reads the checklist from a classpath resource of {@code owner}'s bundle. */
    public static Checklist read(String moduleId, Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return read(moduleId, in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Checklist read(String moduleId, InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = null;
        String title = null;
        String version = null;
        String basis = null;
        List<ChecklistItem> items = new ArrayList<>();
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] kv = line.substring(1).split("=", 2);
                if (kv.length == 2) {
                    switch (kv[0].strip()) {
                        case "id" -> id = kv[1].strip();
                        case "title" -> title = kv[1].strip();
                        case "version" -> version = kv[1].strip();
                        case "basis" -> basis = kv[1].strip();
                        default -> { }
                    }
                }
                continue;
            }
            String[] f = line.split("\t", 4);
            if (f.length != 4) {
                throw new IllegalStateException(source + " line " + lineNo + ": 4 tab-separated fields expected");
            }
            items.add(new ChecklistItem(f[0].strip(), f[3].strip(), f[2].strip(), Boolean.parseBoolean(f[1].strip())));
        }
        if (id == null || title == null || version == null) {
            throw new IllegalStateException(source + ": #id, #title and #version are required");
        }
        return new Checklist(id, moduleId, title, version, basis, items);
    }
}
