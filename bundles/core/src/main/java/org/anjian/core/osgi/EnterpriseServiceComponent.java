package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.region.RegionService;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EnterpriseService.class)
public class EnterpriseServiceComponent extends EnterpriseServiceImpl {
    @Activate
    public EnterpriseServiceComponent(@Reference(target = Components.EMF) EntityManagerFactory emf,
                                      @Reference RegionService regions, @Reference IndustryScopeComponent industries) {
        super(new Transactions(emf), PlatformClock.get(), regions, industries.scope());
    }
}
