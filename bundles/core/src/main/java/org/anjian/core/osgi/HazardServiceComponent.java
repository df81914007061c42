package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.region.RegionService;
import org.anjian.core.events.EventPublisher;
import org.anjian.core.hazard.HazardServiceImpl;
import org.anjian.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.anjian.api.spi.HazardCategoryProvider;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = HazardService.class, configurationPid = "org.anjian.hazard")
@Designate(ocd = HazardConfig.class)
public class HazardServiceComponent extends HazardServiceImpl {
    private final CategoryWhiteboard categories;

    @Activate
    public HazardServiceComponent(@Reference(target = Components.EMF) EntityManagerFactory emf,
                                  @Reference RegionService regions, @Reference EventPublisher events,
                                  @Reference IndustryScopeComponent industries, HazardConfig config) {
        this(emf, regions, events, industries, config, new CategoryWhiteboard());
    }

    private HazardServiceComponent(EntityManagerFactory emf, RegionService regions, EventPublisher events,
                                   IndustryScopeComponent industries, HazardConfig config, CategoryWhiteboard categories) {
        super(new Transactions(emf), PlatformClock.get(), regions, events, policyOf(config), categories::current,
                industries.scope());
        this.categories = categories;
    }

    /** The categories of installed domains, followed as they come and go (no restart of this component). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCategories(HazardCategoryProvider provider) {
        categories.add(provider);
    }

    void unbindCategories(HazardCategoryProvider provider) {
        categories.remove(provider);
    }

    @Modified
    void modified(HazardConfig config) {
        setPolicy(policyOf(config));
    }

    static EscalationPolicy policyOf(HazardConfig config) {
        return new EscalationPolicy(config.supervisedAfterDaysOverdue(), config.listedAfterDaysOverdue());
    }
}
