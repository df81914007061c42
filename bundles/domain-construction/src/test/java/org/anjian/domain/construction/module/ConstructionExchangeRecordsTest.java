package org.anjian.domain.construction.module;

import static org.anjian.domain.construction.testing.Fixture.ADMIN;
import static org.anjian.domain.construction.testing.Fixture.CONTRACTOR_A;
import static org.anjian.domain.construction.testing.Fixture.project;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.anjian.api.exchange.record.DangerousWorkRecord;
import org.anjian.domain.construction.service.DangerousWork;
import org.anjian.domain.construction.service.NewDangerousWork;
import org.anjian.domain.construction.service.Project;
import org.anjian.domain.construction.service.ProjectStatus;
import org.anjian.domain.construction.testing.Fixture;
import org.junit.jupiter.api.Test;

/** A dangerous work as the outbox holds it (its JSON) becomes one canonical record, whatever the peer. */
class ConstructionExchangeRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Fixture f = new Fixture();
    private final ConstructionExchangeRecords records = new ConstructionExchangeRecords();

    @Test
    void aDangerousWorkIsOneCanonicalRecordWithItsProjectLevelAndStage() throws Exception {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        DangerousWork w = f.works.add(ADMIN, p.id(), new NewDangerousWork("地下室顶板高支模", "FORMWORK",
                Map.of("heightM", 8.6)));
        Map<String, Object> payload = JSON.convertValue(w, new TypeReference<Map<String, Object>>() { });
        assertThat(records.recordTypes()).containsExactly(ConstructionExchangeRecords.DANGEROUS_WORK);
        assertThat(records.toCanonical(ConstructionExchangeRecords.DANGEROUS_WORK, payload)).hasValue(
                new DangerousWorkRecord(w.id(), CONTRACTOR_A, "330999001004", "2603-330999-47-01-100231",
                        "文昌路安置小区二期工程", "地下室顶板高支模", "FORMWORK", "BEYOND_SCALE", "PLAN_DRAFTED"));
        assertThat(f.db.count("outbox")).isGreaterThanOrEqualTo(2);
        assertThat(records.toCanonical("construction-project", payload)).isEmpty();
        payload.remove("level");
        assertThat(records.toCanonical(ConstructionExchangeRecords.DANGEROUS_WORK, payload)).isEmpty();
    }
}
