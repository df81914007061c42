package org.anjian.domain.specialequipment.module;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ConsolePageProvider;
import org.osgi.service.component.annotations.Component;

/** Special equipment's console: its page, its tab of the enterprise detail and its dashboard widget. */
@Component(service = ConsolePageProvider.class)
public class SpecialEquipmentConsolePages implements ConsolePageProvider {
    static final List<ConsolePage> PAGES = List.of(
            ConsolePage.page(SpecialEquipmentModule.ID, "equipment", "特种设备台账", "/domains/special-equipment/equipment",
                    "equipment.js", "特种设备", "Van", List.of()),
            ConsolePage.page(SpecialEquipmentModule.ID, "elevator-events", "电梯困人故障", "/domains/special-equipment/elevator-events",
                    "elevator-events.js", "特种设备", "Bell", List.of()),
            ConsolePage.enterpriseTab(SpecialEquipmentModule.ID, "enterprise-equipment", "特种设备", "enterprise-tab.js"),
            ConsolePage.dashboardWidget(SpecialEquipmentModule.ID, "inspection-due", "特种设备检验", "dashboard-widget.js"));

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }

    @Override
    public Optional<InputStream> asset(String path) {
        return Optional.ofNullable(SpecialEquipmentConsolePages.class.getResourceAsStream("/console/" + path));
    }
}
