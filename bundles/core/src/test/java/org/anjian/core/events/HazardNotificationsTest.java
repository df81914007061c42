package org.anjian.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.anjian.api.events.Notification;
import org.junit.jupiter.api.Test;

/** Hazard events become notifications for people when they are news: a step happening now, inside a region. */
class HazardNotificationsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void eachStepOfTheLoopHasItsChineseTitleAndSeverity() throws Exception {
        Notification registered = HazardNotifications.of(event("REGISTER", "MAJOR", NOW), NOW).orElseThrow();
        assertThat(registered.title()).isEqualTo("新登记重大隐患：示范县化工有限公司");
        assertThat(registered.severity()).isEqualTo(Notification.WARNING);
        assertThat(registered.type()).isEqualTo("HAZARD_REGISTER");
        assertThat(registered.hazardId()).isEqualTo(7L);
        assertThat(registered.regionCode()).isEqualTo("330999001001");
        assertThat(registered.gridCode()).isEqualTo("330999001001001");
        assertThat(HazardNotifications.of(event("SUBMIT", "GENERAL", NOW), NOW).orElseThrow().title())
                .isEqualTo("隐患整改完成，待复查：示范县化工有限公司");
        assertThat(HazardNotifications.of(event("LIST", "GENERAL", NOW), NOW).orElseThrow().severity())
                .isEqualTo(Notification.CRITICAL);
        assertThat(HazardNotifications.of(event("REGISTER", "GENERAL", NOW), NOW).orElseThrow().severity())
                .isEqualTo(Notification.INFO);
    }

    @Test
    void importedHistoryUnknownStepsAndEventsWithoutRegionAreNotNews() throws Exception {
        assertThat(HazardNotifications.of(event("ASSIGN", "GENERAL", NOW.minusSeconds(3600)), NOW))
                .as("a back-dated step of an import").isEmpty();
        assertThat(HazardNotifications.of(event("ASSIGN", "GENERAL", NOW.minus(HazardNotifications.NEWS).plusSeconds(1)), NOW))
                .isPresent();
        assertThat(HazardNotifications.of(event("ESCALATE_SOMEHOW", "GENERAL", NOW), NOW)).isEmpty();
        JsonNode noRegion = JSON.readTree("{\"action\":\"REGISTER\",\"hazardId\":1,\"at\":\"" + NOW + "\"}");
        assertThat(HazardNotifications.of(noRegion, NOW)).isEmpty();
    }

    private static JsonNode event(String action, String grade, Instant at) throws Exception {
        return JSON.readTree("{\"type\":\"HAZARD_" + action + "\",\"action\":\"" + action + "\",\"hazardId\":7,"
                + "\"enterpriseName\":\"示范县化工有限公司\",\"enterpriseCreditCode\":\"913309990000006011\","
                + "\"regionCode\":\"330999001001\",\"gridCode\":\"330999001001001\",\"grade\":\"" + grade + "\","
                + "\"at\":\"" + at + "\"}");
    }
}
