package org.anjian.core.osgi;

import java.util.List;
import java.util.Optional;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.EnterpriseRisk;
import org.anjian.api.spi.ModuleInfo;
import javax.persistence.EntityManagerFactory;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.spi.ChecklistProvider;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ConsolePageProvider;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.api.spi.DomainResource;
import org.anjian.api.spi.HazardCategoryProvider;
import org.anjian.api.spi.IndustryModule;
import org.anjian.api.spi.ModuleService;
import org.anjian.api.spi.RiskIndicator;
import org.anjian.core.modules.ModuleRegistry;
import org.anjian.core.modules.RiskFactsReader;
import org.anjian.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The whiteboard of domain modules: follows their services as they come and go, never restarting. */
@Component(service = ModuleService.class)
public class ModuleRegistryComponent implements ModuleService {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<IndustryModule> modules;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ChecklistProvider> checklists;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HazardCategoryProvider> categories;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<RiskIndicator> indicators;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DomainResource> resources;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ConsolePageProvider> pages;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ExchangeRecordContributor> exchange;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<org.anjian.api.spi.MapMarkerProvider> markers;

    private final ModuleRegistry registry;

    @Activate
    public ModuleRegistryComponent(@Reference EnterpriseService enterprises,
                                   @Reference(target = Components.EMF) EntityManagerFactory emf) {
        this.registry = new ModuleRegistry(new ModuleRegistry.Whiteboard(() -> listOf(modules),
                () -> listOf(checklists), () -> listOf(categories), () -> listOf(indicators), () -> listOf(resources),
                () -> listOf(pages), () -> listOf(exchange), () -> listOf(markers)),
                enterprises, new RiskFactsReader(new Transactions(emf), PlatformClock.get()));
    }

    @Override
    public List<ModuleInfo> modules() {
        return registry.modules();
    }

    @Override
    public List<Checklist> checklists(String moduleId) {
        return registry.checklists(moduleId);
    }

    @Override
    public List<ConsolePage> consolePages(String moduleId) {
        return registry.consolePages(moduleId);
    }

    @Override
    public Optional<java.io.InputStream> consoleAsset(String moduleId, String path) {
        return registry.consoleAsset(moduleId, path);
    }

    @Override
    public List<org.anjian.api.spi.MapMarker> mapMarkers(AnjianPrincipal caller) {
        return registry.mapMarkers(caller);
    }

    @Override
    public Optional<EnterpriseRisk> risk(AnjianPrincipal caller, String creditCode) {
        return registry.risk(caller, creditCode);
    }

    private static <T> List<T> listOf(List<T> dynamic) {
        return dynamic == null ? List.of() : dynamic;
    }
}
