package org.anjian.domain.chemical.module;

import java.util.List;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.spi.HazardCategoryProvider;
import org.osgi.service.component.annotations.Component;

/** Hazard categories of the chemical domain (codes prefixed with the module id). */
@Component(service = HazardCategoryProvider.class)
public class ChemicalHazardCategories implements HazardCategoryProvider {
    static final List<HazardCategory> CATEGORIES = List.of(
            new HazardCategory("CHEMICAL_MAJOR_HAZARD_SOURCE", "重大危险源管理"),
            new HazardCategory("CHEMICAL_SPECIAL_WORK", "特殊作业"),
            new HazardCategory("CHEMICAL_PROCESS_SAFETY", "工艺安全与自动化控制"),
            new HazardCategory("CHEMICAL_STORAGE", "危险化学品储存"),
            new HazardCategory("CHEMICAL_MONITORING", "监测预警"));

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public List<HazardCategory> categories() {
        return CATEGORIES;
    }
}
