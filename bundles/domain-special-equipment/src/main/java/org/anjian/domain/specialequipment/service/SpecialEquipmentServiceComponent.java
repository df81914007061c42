package org.anjian.domain.specialequipment.service;

import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.system.CountyClock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The service as a DS component, configured by PID {@code org.anjian.specialequipment}. */
@Component(service = SpecialEquipmentService.class, configurationPid = SpecialEquipmentServiceComponent.PID)
@Designate(ocd = SpecialEquipmentConfig.class)
public class SpecialEquipmentServiceComponent extends SpecialEquipmentService {
    public static final String PID = "org.anjian.specialequipment";

    @Activate
    public SpecialEquipmentServiceComponent(@Reference(target = SpecialEquipmentModule.DATABASE) ModuleDatabase database,
                                            @Reference EnterpriseService enterprises,
                                            @Reference HazardService hazards, @Reference CountyClock clock,
                                            SpecialEquipmentConfig config) {
        super(database, enterprises, hazards, settingsOf(config), clock.clock());
    }

    @Modified
    void modified(SpecialEquipmentConfig config) {
        setSettings(settingsOf(config));
    }

    static Settings settingsOf(SpecialEquipmentConfig config) {
        return new Settings(IntervalOverrides.policy(config.intervalOverrides()), config.dueSoonDays(),
                config.overdueHazardDeadlineDays(), config.alarmHazardDeadlineDays());
    }
}
