package org.anjian.domain.gas.module;

import java.util.List;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.spi.HazardCategoryProvider;
import org.osgi.service.component.annotations.Component;

/** The hazard categories of urban gas; the leak alarm is registered by the domain itself. */
@Component(service = HazardCategoryProvider.class)
public class GasHazardCategories implements HazardCategoryProvider {
    public static final String LEAK_ALARM = "GAS_LEAK_ALARM";

    static final List<HazardCategory> CATEGORIES = List.of(
            new HazardCategory(LEAK_ALARM, "燃气泄漏报警未及时处置"),
            new HazardCategory("GAS_LICENCE", "燃气经营许可"),
            new HazardCategory("GAS_STATION_FACILITY", "燃气厂站设施及监测报警"),
            new HazardCategory("GAS_CYLINDER", "瓶装液化石油气气瓶充装、检验及报废"),
            new HazardCategory("GAS_USER_DEVICE", "用户燃气泄漏报警及切断装置"),
            new HazardCategory("GAS_USER_FACILITY", "用户燃气设施及使用环境"),
            new HazardCategory("GAS_PIPELINE", "燃气管道及占压、安全间距"));

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @Override
    public List<HazardCategory> categories() {
        return CATEGORIES;
    }
}
