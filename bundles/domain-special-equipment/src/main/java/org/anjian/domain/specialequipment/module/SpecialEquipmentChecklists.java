package org.anjian.domain.specialequipment.module;

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
 * 特种设备使用单位检查清单, read from {@code specialequipment/user-checklist.tsv} (data, not code):
 * header lines {@code #key=value} (id, title, version, basis), then rows
 * {@code code<TAB>majorHazardCriterion<TAB>legalBasis<TAB>text}.
 */
@Component(service = ChecklistProvider.class)
public class SpecialEquipmentChecklists implements ChecklistProvider {
    static final String RESOURCE = "/specialequipment/user-checklist.tsv";

    private final List<Checklist> checklists;

    public SpecialEquipmentChecklists() {
        this.checklists = List.of(load());
    }

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @Override
    public List<Checklist> checklists() {
        return checklists;
    }

    static Checklist load() {
        try (InputStream in = SpecialEquipmentChecklists.class.getResourceAsStream(RESOURCE)) {
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
                    throw new IllegalStateException(RESOURCE + ": a row needs 4 tab-separated fields: " + line);
                }
                String major = f[1].strip();
                if (!major.equals("true") && !major.equals("false")) {
                    throw new IllegalStateException(RESOURCE + ": major must be true or false: " + line);
                }
                items.add(new ChecklistItem(f[0].strip(), f[3].strip(), f[2].strip(), Boolean.parseBoolean(major)));
            }
            if (id == null || title == null || items.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": id, title and at least one item are required");
            }
            return new Checklist(id, SpecialEquipmentModule.ID, title, version, basis, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
