package org.anjian.domain.chemical.store;

import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.ModuleStorage;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The chemical module's database: opening it applies this bundle's {@code db/chemical/V*.sql} scripts.
 * Registered under this (private) class so the bundle's resources and jobs can reference it.
 */
@Component(service = ChemicalDatabase.class)
public class ChemicalDatabase {
    private final ModuleDatabase database;

    @Activate
    public ChemicalDatabase(BundleContext context, @Reference ModuleStorage storage) {
        this(storage.open(ChemicalModule.ID, context.getBundle()));
    }

    /** For tests and for wrapping an already opened database. */
    public ChemicalDatabase(ModuleDatabase database) {
        this.database = database;
    }

    public ModuleDatabase db() {
        return database;
    }
}
