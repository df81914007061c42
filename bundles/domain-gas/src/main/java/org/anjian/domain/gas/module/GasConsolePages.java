package org.anjian.domain.gas.module;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ConsolePageProvider;
import org.osgi.service.component.annotations.Component;

/** Gas's console: cylinders and their trace, users, operators, alarms, and the enterprise-detail tab. */
@Component(service = ConsolePageProvider.class)
public class GasConsolePages implements ConsolePageProvider {
    static final List<ConsolePage> PAGES = List.of(
            ConsolePage.page(GasModule.ID, "cylinders", "一瓶一码", "/domains/gas/cylinders", "cylinders.js", "城镇燃气",
                    "Box", List.of()),
            ConsolePage.page(GasModule.ID, "users", "燃气用户", "/domains/gas/users", "users.js", "城镇燃气", "House",
                    List.of()),
            ConsolePage.page(GasModule.ID, "operators", "经营企业", "/domains/gas/operators", "operators.js", "城镇燃气",
                    "Shop", List.of()),
            ConsolePage.page(GasModule.ID, "alarms", "燃气报警", "/domains/gas/alarms", "alarms.js", "城镇燃气", "Bell",
                    List.of()),
            ConsolePage.enterpriseTab(GasModule.ID, "enterprise-gas", "城镇燃气", "enterprise-tab.js"));

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }

    @Override
    public Optional<InputStream> asset(String path) {
        return Optional.ofNullable(GasConsolePages.class.getResourceAsStream("/console/" + path));
    }
}
