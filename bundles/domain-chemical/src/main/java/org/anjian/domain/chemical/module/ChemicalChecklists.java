package org.anjian.domain.chemical.module;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistItem;
import org.anjian.api.spi.ChecklistProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准 (安监总管三〔2017〕121号) as a versioned
 * catalogue, read from {@code chemical/major-hazard-criteria.tsv} (data, not code).
 */
@Component(service = ChecklistProvider.class)
public class ChemicalChecklists implements ChecklistProvider {
    static final String RESOURCE = "/chemical/major-hazard-criteria.tsv";

    private final List<Checklist> checklists;

    public ChemicalChecklists() {
        this.checklists = List.of(load());
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public List<Checklist> checklists() {
        return checklists;
    }

    /** Header lines {@code #key=value} (id, title, version, basis); then {@code code<TAB>major<TAB>basis<TAB>text}. */
    static Checklist load() {
        try (InputStream in = ChemicalChecklists.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String id = null;
            String title = null;
            String version = null;
            String basis = null;
            List<ChecklistItem> items = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String[] kv = line.substring(1).split("=", 2);
                    switch (kv[0].strip()) {
                        case "id" -> id = kv[1].strip();
                        case "title" -> title = kv[1].strip();
                        case "version" -> version = kv[1].strip();
                        case "basis" -> basis = kv[1].strip();
                        default -> { }
                    }
                    continue;
                }
                String[] f = line.split("\t", 4);
                if (f.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": a row needs 4 tab-separated fields: " + line);
                }
                items.add(new ChecklistItem(f[0].strip(), f[3].strip(), f[2].strip(), Boolean.parseBoolean(f[1].strip())));
            }
            return new Checklist(id, ChemicalModule.ID, title, version, basis, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
