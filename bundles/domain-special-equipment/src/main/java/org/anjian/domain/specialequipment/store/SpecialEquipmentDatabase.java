package org.anjian.domain.specialequipment.store;

import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.ModuleStorage;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens the module's tables: on activation the platform applies this bundle's
 * {@code db/special-equipment/V<n>__*.sql} (each once) and hands back the module database.
 */
@Component(service = SpecialEquipmentDatabase.class)
public class SpecialEquipmentDatabase {
    private final ModuleDatabase database;

    @Activate
    public SpecialEquipmentDatabase(BundleContext context, @Reference ModuleStorage storage) {
        this.database = storage.open(SpecialEquipmentModule.ID, context.getBundle());
    }

    public ModuleDatabase database() {
        return database;
    }
}
