package org.anjian.domain.specialequipment.module;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.EquipmentRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What peers learn of special equipment: the province receives each periodic inspection (定期检验) as an
 * INSPECTION of the equipment's owner, with the result PASSED or HAZARDS_FOUND. Equipment registrations and
 * elevator events are not reported (the province's contract has no record for them).
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
    public Map<String, Object> toExchangeRecord(String peer, String recordType, Map<String, Object> payload) {
        if (!"province".equals(peer) || !INSPECTION.equals(recordType)) {
            return Map.of();
        }
        String equipmentId = String.valueOf(payload.get("equipmentId"));
        Optional<Equipment> e = db.read(s -> equipment.find(s.connection(), equipmentId));
        if (e.isEmpty()) {
            throw new IllegalArgumentException("inspection " + payload.get("id") + " names unknown equipment " + equipmentId);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recordType", "INSPECTION");
        out.put("id", payload.get("id"));
        out.put("enterpriseCreditCode", e.get().enterpriseCreditCode());
        out.put("regionCode", e.get().regionCode());
        out.put("date", payload.get("inspectedOn"));
        out.put("result", "PASS".equals(payload.get("result")) ? "PASSED" : "HAZARDS_FOUND");
        return out;
    }
}
