package org.anjian.core.osgi;

import java.util.Dictionary;
import java.util.Hashtable;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.ModuleStorage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender of module bundles: a bundle whose manifest carries {@value ModuleDatabase#HEADER} gets, when it
 * starts, its migrations applied and its {@link ModuleDatabase} registered in its own name (so the service goes
 * with the bundle), with the property {@value ModuleDatabase#MODULE}. A module whose migrations fail gets no
 * database, so its components stay unsatisfied and its endpoints absent; the failure is logged.
 */
@Component(immediate = true)
public class ModuleDatabaseExtender implements BundleTrackerCustomizer<ServiceRegistration<ModuleDatabase>> {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleDatabaseExtender.class);

    private final ModuleStorage storage;
    private final BundleTracker<ServiceRegistration<ModuleDatabase>> tracker;

    @Activate
    public ModuleDatabaseExtender(BundleContext context, @Reference ModuleStorage storage) {
        this.storage = storage;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public ServiceRegistration<ModuleDatabase> addingBundle(Bundle bundle, BundleEvent event) {
        String moduleId = bundle.getHeaders("").get(ModuleDatabase.HEADER);
        BundleContext context = bundle.getBundleContext();
        if (moduleId == null || context == null) {
            return null;
        }
        try {
            ModuleDatabase db = storage.open(moduleId.strip(), bundle);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleDatabase.MODULE, db.moduleId());
            return context.registerService(ModuleDatabase.class, db, props);
        } catch (RuntimeException e) {
            LOG.error("Module bundle {} {}: no database for module {}: {}", bundle.getSymbolicName(),
                    bundle.getVersion(), moduleId, e.getMessage(), e);
            return null;
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<ModuleDatabase> registration) {
        // STARTING -> ACTIVE: the database is registered already
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<ModuleDatabase> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle's stop unregistered it
        }
    }
}
