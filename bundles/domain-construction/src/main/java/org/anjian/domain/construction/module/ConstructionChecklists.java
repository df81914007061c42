package org.anjian.domain.construction.module;

import java.util.List;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistFile;
import org.anjian.api.spi.ChecklistProvider;
import org.osgi.service.component.annotations.Component;

/**
 * 危大工程施工现场检查清单, read from {@code construction/site-checklist.tsv} (data, not code): header lines
 * {@code #key=value} (id, title, version, basis), then rows {@code code<TAB>majorHazardCriterion<TAB>legalBasis<TAB>text}.
 */
@Component(service = ChecklistProvider.class)
public class ConstructionChecklists implements ChecklistProvider {
    static final String RESOURCE = "/construction/site-checklist.tsv";

    private final List<Checklist> checklists = List.of(load());

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @Override
    public List<Checklist> checklists() {
        return checklists;
    }

    static Checklist load() {
        return ChecklistFile.read(ConstructionModule.ID, ConstructionChecklists.class, RESOURCE);
    }
}
