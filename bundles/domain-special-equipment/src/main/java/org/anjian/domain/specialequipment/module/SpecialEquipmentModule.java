package org.anjian.domain.specialequipment.module;

import java.util.List;
import org.anjian.api.spi.IndustryModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * 特种设备: boilers, pressure vessels, elevators, lifting appliances, in-plant vehicles and the rest of the
 * 特种设备目录, supervised through their users (使用单位).
 *
 * <p>Industry codes: special equipment is used in every industry, so the list names the GB/T 4754-2017
 * divisions whose enterprises hold most of it in a county: 33 金属制品业 and 34 通用设备制造业 (cranes,
 * boilers, pressure vessels, forklifts), 38 电气机械和器材制造业 (cranes, compressed-air vessels),
 * 52 零售业 and 61 住宿业 / 62 餐饮业 (elevators, escalators, boilers, LPG cylinders), 59 仓储业
 * (forklifts, cranes, refrigeration vessels) and 70 房地产业 (物业管理: residential elevators). Other
 * enterprises' equipment is still registered and supervised; the list only says which enterprises the
 * domain's dashboards and indicators are about by default.
 */
@Component(service = IndustryModule.class)
public class SpecialEquipmentModule implements IndustryModule {
    public static final String ID = "special-equipment";
    /** The target filter of this module\'s database, registered by the platform when the bundle starts. */
    public static final String DATABASE = "(" + org.anjian.api.spi.ModuleDatabase.MODULE + "=" + ID + ")";
    static final List<String> INDUSTRY_CODES = List.of("33", "34", "38", "52", "59", "61", "62", "70");

    private final String version;

    @Activate
    public SpecialEquipmentModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override public String id() { return ID; }
    @Override public String nameZh() { return "特种设备"; }
    @Override public String nameEn() { return "Special equipment"; }
    @Override public String version() { return version; }

    /** The county's 特种设备安全 sub-committee; its office sits with the 市场监督管理局. */
    @Override public String subcommittee() { return "特种设备安全专业委员会办公室"; }

    @Override
    public List<String> industryCodes() {
        return INDUSTRY_CODES;
    }
}
