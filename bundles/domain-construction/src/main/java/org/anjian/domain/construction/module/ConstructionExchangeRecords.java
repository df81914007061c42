package org.anjian.domain.construction.module;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.exchange.record.CanonicalRecord;
import org.anjian.api.exchange.record.DangerousWorkRecord;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.osgi.service.component.annotations.Component;

/**
 * The construction records peers learn: each 危大工程 (registered, and at every stage it reaches) as a canonical
 * {@link DangerousWorkRecord}; the province takes it from contract revision 1.2 ({@code DANGEROUS_WORK}). Projects and
 * people stay in the county.
 */
@Component(service = ExchangeRecordContributor.class)
public class ConstructionExchangeRecords implements ExchangeRecordContributor {
    /** The outbox record type of a dangerous work (DangerousWorkService writes it). */
    public static final String DANGEROUS_WORK = "construction-dangerous-work";

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(DANGEROUS_WORK);
    }

    @Override
    public Optional<CanonicalRecord> toCanonical(String recordType, Map<String, Object> payload) {
        if (!DANGEROUS_WORK.equals(recordType)) {
            return Optional.empty();
        }
        String id = text(payload.get("id"));
        String enterprise = text(payload.get("enterpriseCreditCode"));
        String project = text(payload.get("projectCode"));
        String name = text(payload.get("name"));
        String category = text(payload.get("category"));
        String level = text(payload.get("level"));
        String stage = text(payload.get("stage"));
        if (id == null || enterprise == null || project == null || name == null || category == null || level == null
                || stage == null) {
            return Optional.empty();
        }
        return Optional.of(new DangerousWorkRecord(id, enterprise, text(payload.get("regionCode")), project,
                text(payload.get("projectName")), name, category, level, stage));
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
