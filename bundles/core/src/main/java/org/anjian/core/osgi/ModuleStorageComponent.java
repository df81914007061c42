package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.anjian.api.spi.ModuleStorage;
import org.anjian.core.modules.ModuleStorageImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Module storage on the platform database; available once the platform's own schema is migrated. */
@Component(service = ModuleStorage.class)
public class ModuleStorageComponent extends ModuleStorageImpl {
    @Activate
    public ModuleStorageComponent(@Reference(target = "(osgi.jndi.service.name=anjian-raw)") DataSource dataSource,
                                  @Reference(target = Components.EMF) EntityManagerFactory platformReady) {
        super(dataSource, PlatformClock.get());
    }
}
