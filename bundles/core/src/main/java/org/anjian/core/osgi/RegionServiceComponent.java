package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import org.anjian.api.region.RegionService;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.region.RegionServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RegionService.class)
public class RegionServiceComponent extends RegionServiceImpl {
    @Activate
    public RegionServiceComponent(@Reference(target = Components.EMF) EntityManagerFactory emf) {
        super(new Transactions(emf), PlatformClock.get());
    }
}
