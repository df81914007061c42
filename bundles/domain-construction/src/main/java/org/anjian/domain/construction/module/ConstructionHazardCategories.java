package org.anjian.domain.construction.module;

import java.util.List;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.spi.HazardCategoryProvider;
import org.osgi.service.component.annotations.Component;

/** The hazard categories of construction sites; the first two are registered by the domain itself. */
@Component(service = HazardCategoryProvider.class)
public class ConstructionHazardCategories implements HazardCategoryProvider {
    public static final String KEY_PERSONNEL_MISSING = "CONSTRUCTION_KEY_PERSONNEL_MISSING";
    public static final String CERTIFICATE_EXPIRED = "CONSTRUCTION_CERTIFICATE_EXPIRED";

    static final List<HazardCategory> CATEGORIES = List.of(
            new HazardCategory(KEY_PERSONNEL_MISSING, "在建项目未配备持证项目负责人或专职安全生产管理人员"),
            new HazardCategory(CERTIFICATE_EXPIRED, "施工现场人员证书过期"),
            new HazardCategory("CONSTRUCTION_DANGEROUS_WORK_UNAPPROVED", "危大工程专项施工方案未经审批或论证即施工"),
            new HazardCategory("CONSTRUCTION_EXCAVATION", "基坑支护及降水"),
            new HazardCategory("CONSTRUCTION_FORMWORK", "模板支撑体系"),
            new HazardCategory("CONSTRUCTION_LIFTING", "起重机械及吊装作业"),
            new HazardCategory("CONSTRUCTION_SCAFFOLD", "脚手架及操作平台"),
            new HazardCategory("CONSTRUCTION_TEMPORARY_POWER", "施工临时用电"),
            new HazardCategory("CONSTRUCTION_FALL_PROTECTION", "高处作业及临边洞口防护"));

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @Override
    public List<HazardCategory> categories() {
        return CATEGORIES;
    }
}
