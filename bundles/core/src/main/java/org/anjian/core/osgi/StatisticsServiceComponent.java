package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import org.anjian.api.region.RegionService;
import org.anjian.api.stats.StatisticsService;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.stats.StatisticsServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StatisticsService.class)
public class StatisticsServiceComponent extends StatisticsServiceImpl {
    @Activate
    public StatisticsServiceComponent(@Reference(target = Components.EMF) EntityManagerFactory emf,
                                      @Reference RegionService regions, @Reference IndustryScopeComponent industries) {
        super(new Transactions(emf), PlatformClock.get(), regions, industries.scope());
    }
}
