package org.anjian.domain.specialequipment.module;

import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_A;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.anjian.domain.specialequipment.testing.Fixture.equipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.api.exchange.record.InspectionRecord;
import org.anjian.domain.specialequipment.service.NewInspection;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.junit.jupiter.api.Test;

class SpecialEquipmentExchangeRecordsTest {
    private final Fixture f = new Fixture();
    private final SpecialEquipmentExchangeRecords records = new SpecialEquipmentExchangeRecords(f.db.database(),
            new org.anjian.domain.specialequipment.store.EquipmentRepository());
    private final String id = f.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 1), 2, "2020-03-01")).id();

    @Test
    void anInspectionAsTheOutboxHoldsItIsTheOwnersCanonicalInspection() throws Exception {
        f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-01", "FAIL", "县特检所", "JY2026-002", null));
        Map<String, Object> payload = outboxPayload("inspection");

        InspectionRecord out = (InspectionRecord) records.toCanonical("inspection", payload).orElseThrow();

        assertThat(out.id()).isEqualTo(payload.get("id"));
        assertThat(out.enterpriseCreditCode()).isEqualTo(CC_A);
        assertThat(out.date()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(out.result()).isEqualTo(InspectionRecord.Result.HAZARDS_FOUND);
        assertThat(out.domain()).isEqualTo("special-equipment");
        assertThat(out.regionCode()).startsWith("330999");
        @SuppressWarnings("deprecation")
        Map<String, Object> firstSpi = records.toExchangeRecord("province", "inspection", payload);
        assertThat(firstSpi).as("no per-peer vocabulary any more").isEmpty();
    }

    @Test
    void otherRecordsAreNotExchanged() throws Exception {
        assertThat(records.toCanonical("equipment", outboxPayload("equipment"))).isEmpty();
        assertThat(records.toCanonical("elevator-event", Map.of("equipmentId", id))).isEmpty();
        assertThat(records.recordTypes()).contains("inspection", "equipment", "elevator-event");
    }

    @Test
    void anInspectionOfUnknownEquipmentIsAnError() {
        assertThatThrownBy(() -> records.toCanonical("inspection", Map.of("id", "x", "equipmentId", "nope")))
                .hasMessageContaining("unknown equipment nope");
    }

    private Map<String, Object> outboxPayload(String type) throws Exception {
        List<Map<String, Object>> rows = f.db.rows("SELECT payload FROM outbox WHERE record_type = ? ORDER BY id",
                "special-equipment." + type);
        Object payload = rows.get(rows.size() - 1).get("payload");
        String json = payload instanceof java.sql.Clob c ? c.getSubString(1, (int) c.length()) : String.valueOf(payload);
        return new ObjectMapper().readValue(json, new TypeReference<>() { });
    }
}
