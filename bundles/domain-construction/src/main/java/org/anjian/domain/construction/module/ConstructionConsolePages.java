package org.anjian.domain.construction.module;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ConsolePageProvider;
import org.osgi.service.component.annotations.Component;

/** Construction's console: the projects, the 危大工程 calculator and the enterprise-detail tab. */
@Component(service = ConsolePageProvider.class)
public class ConstructionConsolePages implements ConsolePageProvider {
    static final List<ConsolePage> PAGES = List.of(
            ConsolePage.page(ConstructionModule.ID, "projects", "在建项目", "/domains/construction/projects",
                    "projects.js", "建筑施工", "OfficeBuilding", List.of()),
            ConsolePage.page(ConstructionModule.ID, "dangerous-works", "危大工程判定", "/domains/construction/dangerous-works",
                    "dangerous-works.js", "建筑施工", "Histogram", List.of()),
            ConsolePage.enterpriseTab(ConstructionModule.ID, "enterprise-projects", "建筑施工", "enterprise-tab.js"));

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }

    @Override
    public Optional<InputStream> asset(String path) {
        return Optional.ofNullable(ConstructionConsolePages.class.getResourceAsStream("/console/" + path));
    }
}
