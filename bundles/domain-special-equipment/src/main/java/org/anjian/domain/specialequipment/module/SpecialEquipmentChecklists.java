package org.anjian.domain.specialequipment.module;

import java.util.List;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistFile;
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
        return ChecklistFile.read(SpecialEquipmentModule.ID, SpecialEquipmentChecklists.class, RESOURCE);
    }

}
