package org.anjian.domain.chemical.module;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ConsolePageProvider;
import org.osgi.service.component.annotations.Component;

/** The chemical domain's console pages; their ES modules live in this bundle's {@code console/} folder. */
@Component(service = ConsolePageProvider.class)
public class ChemicalConsolePages implements ConsolePageProvider {
    static final List<ConsolePage> PAGES = List.of(
            ConsolePage.page(ChemicalModule.ID, "major-hazard", "重大危险源", "/domains/chemical/major-hazard",
                    "major-hazard.js", "化工和危险化学品", "Warning", List.of()),
            ConsolePage.page(ChemicalModule.ID, "alarms", "监测预警", "/domains/chemical/alarms",
                    "alarms.js", "化工和危险化学品", "AlarmClock", List.of()),
            ConsolePage.enterpriseTab(ChemicalModule.ID, "enterprise-chemical", "危险化学品", "enterprise-tab.js"),
            ConsolePage.dashboardWidget(ChemicalModule.ID, "open-alarms", "危化品监测报警", "dashboard-widget.js"));

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }

    @Override
    public Optional<InputStream> asset(String path) {
        return Optional.ofNullable(ChemicalConsolePages.class.getResourceAsStream("/console/" + path));
    }
}
