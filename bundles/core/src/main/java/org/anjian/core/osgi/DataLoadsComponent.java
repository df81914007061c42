package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import org.anjian.api.system.DataLoads;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.system.DataLoadsImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DataLoads.class)
public class DataLoadsComponent extends DataLoadsImpl {
    @Activate
    public DataLoadsComponent(@Reference(target = Components.EMF) EntityManagerFactory emf) {
        super(new Transactions(emf), PlatformClock.get());
    }
}
