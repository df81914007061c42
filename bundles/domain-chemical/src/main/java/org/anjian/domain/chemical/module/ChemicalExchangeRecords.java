package org.anjian.domain.chemical.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.exchange.record.CanonicalRecord;
import org.anjian.api.exchange.record.MajorHazardSourceRecord;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.domain.chemical.service.Records;
import org.osgi.service.component.annotations.Component;

/**
 * What peers learn of the chemical domain: every revision of a major hazard source (重大危险源) that is one (R
 * graded 一级 to 四级), with its 包保责任人. A unit below the GB 18218 thresholds is not a major hazard source and
 * is not exchanged; parks, permits, monitoring points and alarms stay in the county.
 */
@Component(service = ExchangeRecordContributor.class)
public class ChemicalExchangeRecords implements ExchangeRecordContributor {

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(Records.MAJOR_HAZARD_SOURCE);
    }

    @Override
    public Optional<CanonicalRecord> toCanonical(String recordType, Map<String, Object> payload) {
        if (!Records.MAJOR_HAZARD_SOURCE.equals(recordType) || !Boolean.TRUE.equals(payload.get("major"))
                || !(payload.get("grade") instanceof Number grade)) {
            return Optional.empty();
        }
        List<MajorHazardSourceRecord.Guarantor> guarantors = new ArrayList<>();
        if (payload.get("guarantors") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> g) {
                    guarantors.add(new MajorHazardSourceRecord.Guarantor(text(g.get("role")), text(g.get("name")),
                            text(g.get("position")), text(g.get("phone"))));
                }
            }
        }
        double r = payload.get("r") instanceof Number n ? n.doubleValue() : 0;
        return Optional.of(new MajorHazardSourceRecord(text(payload.get("id")), text(payload.get("enterpriseCreditCode")),
                text(payload.get("regionCode")), text(payload.get("name")), grade.intValue(), r, guarantors));
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
