package org.anjian.domain.chemical.module;

import java.util.List;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistFile;
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

    static Checklist load() {
        return ChecklistFile.read(ChemicalModule.ID, ChemicalChecklists.class, RESOURCE);
    }

}
