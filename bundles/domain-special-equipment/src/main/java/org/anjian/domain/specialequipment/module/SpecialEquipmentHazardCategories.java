package org.anjian.domain.specialequipment.module;

import java.util.List;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.spi.HazardCategoryProvider;
import org.osgi.service.component.annotations.Component;

/** Hazard categories of the special-equipment domain (codes prefixed SPECIAL_EQUIPMENT_). */
@Component(service = HazardCategoryProvider.class)
public class SpecialEquipmentHazardCategories implements HazardCategoryProvider {
    public static final String INSPECTION_OVERDUE = "SPECIAL_EQUIPMENT_INSPECTION_OVERDUE";
    public static final String ELEVATOR_ALARM = "SPECIAL_EQUIPMENT_ELEVATOR_ALARM";

    static final List<HazardCategory> CATEGORIES = List.of(
            new HazardCategory(INSPECTION_OVERDUE, "特种设备超期未检验"),
            new HazardCategory("SPECIAL_EQUIPMENT_REGISTRATION", "特种设备未办理使用登记"),
            new HazardCategory("SPECIAL_EQUIPMENT_MAINTENANCE", "特种设备维护保养"),
            new HazardCategory("SPECIAL_EQUIPMENT_OPERATOR_CERTIFICATE", "特种设备安全管理和作业人员持证"),
            new HazardCategory("SPECIAL_EQUIPMENT_SAFETY_ACCESSORY", "特种设备安全附件"),
            new HazardCategory(ELEVATOR_ALARM, "电梯困人故障报警"));

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @Override
    public List<HazardCategory> categories() {
        return CATEGORIES;
    }
}
