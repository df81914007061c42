package org.anjian.domain.gas.module;

import java.util.List;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistFile;
import org.anjian.api.spi.ChecklistProvider;
import org.osgi.service.component.annotations.Component;

/**
 * 城镇燃气经营安全重大隐患判定标准 (建城规〔2023〕4号), read from {@code gas/major-hazard-checklist.tsv} (data, not code): header lines
 * {@code #key=value} (id, title, version, basis), then rows {@code code<TAB>majorHazardCriterion<TAB>legalBasis<TAB>text}.
 */
@Component(service = ChecklistProvider.class)
public class GasChecklists implements ChecklistProvider {
    static final String RESOURCE = "/gas/major-hazard-checklist.tsv";

    private final List<Checklist> checklists = List.of(load());

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @Override
    public List<Checklist> checklists() {
        return checklists;
    }

    static Checklist load() {
        return ChecklistFile.read(GasModule.ID, GasChecklists.class, RESOURCE);
    }
}
