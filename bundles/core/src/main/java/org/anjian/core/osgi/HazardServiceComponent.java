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
import org.osgi.service.metatype.annotations.Designate;

@Component(service = HazardService.class, configurationPid = "org.anjian.hazard")
@Designate(ocd = HazardConfig.class)
public class HazardServiceComponent extends HazardServiceImpl {
    @Activate
    public HazardServiceComponent(@Reference(target = Components.EMF) EntityManagerFactory emf,
                                  @Reference RegionService regions, @Reference EventPublisher events,
                                  HazardConfig config) {
        super(new Transactions(emf), PlatformClock.get(), regions, events, policyOf(config));
    }

    @Modified
    void modified(HazardConfig config) {
        setPolicy(policyOf(config));
    }

    static EscalationPolicy policyOf(HazardConfig config) {
        return new EscalationPolicy(config.supervisedAfterDaysOverdue(), config.listedAfterDaysOverdue());
    }
}
