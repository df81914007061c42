package org.anjian.domain.chemical.module;

import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.anjian.api.exchange.record.MajorHazardSourceRecord;
import org.anjian.domain.chemical.api.AssessmentRequest.SubstanceInput;
import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.domain.chemical.service.HazardSourceService.GuarantorInput;
import org.anjian.domain.chemical.service.HazardSourceService.NewSource;
import org.anjian.domain.chemical.store.MajorHazardSource;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.Test;

class ChemicalExchangeRecordsTest extends DbTestBase {
    private static final List<GuarantorInput> THREE = List.of(
            new GuarantorInput(HazardSourceService.GuarantorRole.PRINCIPAL, "王建国", "总经理", "13857000001"),
            new GuarantorInput(HazardSourceService.GuarantorRole.TECHNICAL, "李志强", "技术负责人", "13857000002"),
            new GuarantorInput(HazardSourceService.GuarantorRole.OPERATIONAL, "张海峰", "车间主任", "13857000003"));
    private final ChemicalExchangeRecords records = new ChemicalExchangeRecords();

    private HazardSourceService sources() {
        return HazardSourceService.of(db, enterprises, clock, MajorHazardAssessment.withDefaultCatalogue());
    }

    private Map<String, Object> lastPayload() throws Exception {
        List<Map<String, Object>> rows = testDb.rows("SELECT payload FROM outbox WHERE record_type = ? ORDER BY id",
                "chemical.majorHazardSource");
        return new ObjectMapper().readValue(String.valueOf(rows.get(rows.size() - 1).get("payload")),
                new TypeReference<>() { });
    }

    /** DOMAIN.md 1.2 worked example: 液氨 20 t + 甲醇 300 t, 60 people → R 6.9, 四级. */
    @Test
    void aMajorHazardSourceGoesOutWithItsGradeRAndGuarantors() throws Exception {
        MajorHazardSource m = sources().create(Fakes.admin(), new NewSource(ENT_A, "液氨甲醇罐区",
                HazardSourceService.UnitType.STORAGE, 60,
                List.of(new SubstanceInput(null, "液氨", null, 20.0), new SubstanceInput("67-56-1", null, null, 300.0)),
                THREE));

        MajorHazardSourceRecord out = (MajorHazardSourceRecord) records.toCanonical("majorHazardSource", lastPayload())
                .orElseThrow();

        assertThat(out.id()).isEqualTo(m.id());
        assertThat(out.enterpriseCreditCode()).isEqualTo(ENT_A);
        assertThat(out.regionCode()).isEqualTo(m.regionCode());
        assertThat(out.name()).isEqualTo("液氨甲醇罐区");
        assertThat(out.grade()).isEqualTo(4);
        assertThat(out.rValue()).isEqualTo(m.r());
        assertThat(out.guarantors()).extracting(MajorHazardSourceRecord.Guarantor::role, MajorHazardSourceRecord.Guarantor::name)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("PRINCIPAL", "王建国"),
                        org.assertj.core.groups.Tuple.tuple("TECHNICAL", "李志强"),
                        org.assertj.core.groups.Tuple.tuple("OPERATIONAL", "张海峰"));
    }

    @Test
    void aUnitBelowTheThresholdsAndOtherRecordsAreNotExchanged() throws Exception {
        sources().create(Fakes.admin(), new NewSource(ENT_A, "甲醇小储罐", HazardSourceService.UnitType.STORAGE, 5,
                List.of(new SubstanceInput("67-56-1", null, null, 10.0)), THREE));
        assertThat(records.toCanonical("majorHazardSource", lastPayload())).isEmpty();
        assertThat(records.toCanonical("workPermit", Map.of("id", "p1"))).isEmpty();
        assertThat(records.recordTypes()).containsExactly("majorHazardSource");
    }
}
