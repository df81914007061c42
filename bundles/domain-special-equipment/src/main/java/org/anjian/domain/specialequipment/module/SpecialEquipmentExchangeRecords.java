package org.anjian.domain.specialequipment.module;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.exchange.record.CanonicalRecord;
import org.anjian.api.exchange.record.InspectionRecord;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.EquipmentRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What peers learn of special equipment: each periodic inspection (定期检验) as a canonical INSPECTION of the
 * equipment's owner, PASSED or HAZARDS_FOUND. Equipment registrations and elevator events are not exchanged.
 */
@Component(service = ExchangeRecordContributor.class)
public class SpecialEquipmentExchangeRecords implements ExchangeRecordContributor {
    static final String INSPECTION = "inspection";
    private final ModuleDatabase db;
    private final EquipmentRepository equipment;

    @Activate
    public SpecialEquipmentExchangeRecords(@Reference(target = SpecialEquipmentModule.DATABASE) ModuleDatabase database) {
        this(database, new EquipmentRepository());
    }

    /** Over a module database directly (tests); two arguments so that DS cannot mistake it for the above. */
    SpecialEquipmentExchangeRecords(ModuleDatabase db, EquipmentRepository equipment) {
        this.db = db;
        this.equipment = equipment;
    }

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(INSPECTION, "equipment", "elevator-event");
    }

    @Override
    public Optional<CanonicalRecord> toCanonical(String recordType, Map<String, Object> payload) {
        if (!INSPECTION.equals(recordType)) {
            return Optional.empty();
        }
        String equipmentId = String.valueOf(payload.get("equipmentId"));
        Optional<Equipment> e = db.read(s -> equipment.find(s.connection(), equipmentId));
        if (e.isEmpty()) {
            throw new IllegalArgumentException("inspection " + payload.get("id") + " names unknown equipment " + equipmentId);
        }
        return Optional.of(new InspectionRecord(String.valueOf(payload.get("id")), e.get().enterpriseCreditCode(),
                e.get().regionCode(), SpecialEquipmentModule.ID, LocalDate.parse(String.valueOf(payload.get("inspectedOn"))),
                "PASS".equals(payload.get("result")) ? InspectionRecord.Result.PASSED
                        : InspectionRecord.Result.HAZARDS_FOUND));
    }
}
