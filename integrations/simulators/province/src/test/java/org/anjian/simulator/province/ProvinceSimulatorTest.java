package org.anjian.simulator.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.ws.WebServiceException;
import javax.xml.ws.soap.SOAPFaultException;

import com.fasterxml.jackson.databind.JsonNode;
import org.anjian.contract.province.v1.AuthenticationFault;
import org.anjian.contract.province.v1.ExchangeRecord;
import org.anjian.contract.province.v1.FeedbackAck;
import org.anjian.contract.province.v1.FeedbackStatus;
import org.anjian.contract.province.v1.Finding;
import org.anjian.contract.province.v1.FindingsPage;
import org.anjian.contract.province.v1.ProvinceExchangePortType;
import org.anjian.contract.province.v1.RankingRow;
import org.anjian.contract.province.v1.RecordResult;
import org.anjian.contract.province.v1.RecordStatus;
import org.anjian.contract.province.v1.ServiceUnavailableFault;
import org.anjian.contract.province.v1.TownshipRanking;
import org.anjian.contract.province.v1.UploadReceipt;
import org.anjian.contract.province.v1.ValidationFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProvinceSimulatorTest {
    static SimulatorHarness h;
    static ProvinceExchangePortType port;

    @BeforeAll
    static void start() throws Exception {
        h = new SimulatorHarness();
        port = h.client();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @BeforeEach
    void reset() throws Exception {
        h.admin("POST", "/reset", null);
    }

    private static List<ExchangeRecord> threeGood() {
        return List.of(SimulatorHarness.enterprise("ent-1", 1, SimulatorHarness.CODE_A),
                SimulatorHarness.hazard("haz-1", 3, "330999001000", "OPEN", "2026-04-30"),
                SimulatorHarness.inspection("insp-1", 1));
    }

    private static List<RecordStatus> statuses(UploadReceipt r) {
        return r.getResult().stream().map(RecordResult::getStatus).toList();
    }

    @Test
    void uploadIsAccepted() throws Exception {
        UploadReceipt r = port.uploadBatch("b-1", "330999", threeGood());
        assertThat(r.getBatchId()).isEqualTo("b-1");
        assertThat(statuses(r)).containsExactly(RecordStatus.ACCEPTED, RecordStatus.ACCEPTED, RecordStatus.ACCEPTED);
        assertThat(r.getAccepted()).isEqualTo(3);
        JsonNode s = h.stats();
        assertThat(s.path("accepted").asInt()).isEqualTo(3);
        assertThat(s.path("storedKeys").asInt()).isEqualTo(3);
        assertThat(s.path("perType").path("HAZARD").path("accepted").asInt()).isEqualTo(1);
        assertThat(h.admin("GET", "/keys", null).path("storedKeys").asInt()).isEqualTo(3);
    }

    @Test
    void theKeyListingNamesEveryStoredKeyAndItsDuplicates() throws Exception {
        port.uploadBatch("b-1", "330999", threeGood());
        port.uploadBatch("b-2", "330999", threeGood().subList(0, 1));
        JsonNode listing = h.admin("GET", "/keys?list=true", null);
        assertThat(listing.path("storedKeys").asInt()).isEqualTo(3);
        List<String> keys = new ArrayList<>();
        listing.path("keys").forEach(k -> keys.add(k.asText()));
        assertThat(keys).hasSize(3).doesNotHaveDuplicates();
        assertThat(listing.path("duplicateCounts").path(keys.get(0)).asLong()).isEqualTo(1);
    }

    @Test
    void recordIdsTheProvinceRefusesOnDemandAreRejectedAndAcceptedOnceItStops() throws Exception {
        List<ExchangeRecord> records = threeGood();
        String refused = records.get(0).getRecordId();
        h.admin("POST", "/faults", "{\"rejectRecordIds\":[\"" + refused + "\"]}");
        UploadReceipt r = port.uploadBatch("b-1", "330999", records);
        assertThat(statuses(r)).containsExactly(RecordStatus.REJECTED, RecordStatus.ACCEPTED, RecordStatus.ACCEPTED);
        assertThat(r.getResult().get(0).getField()).isEqualTo("recordId");
        assertThat(r.getResult().get(0).getReason()).contains("rejectRecordIds");
        assertThatThrownBy(() -> h.admin("POST", "/faults", "{\"rejectRecordIds\":\"" + refused + "\"}"))
                .hasMessageContaining("400").hasMessageContaining("rejectRecordIds");
        assertThatThrownBy(() -> h.admin("POST", "/faults", "{\"rejectRecordIds\":[1]}"))
                .hasMessageContaining("400");
        assertThat(h.admin("GET", "/faults", null).path("rejectRecordIds").get(0).asText())
                .as("a refused configuration changes nothing").isEqualTo(refused);
        h.admin("DELETE", "/faults", null);
        UploadReceipt again = port.uploadBatch("b-2", "330999", records);
        assertThat(statuses(again)).containsExactly(RecordStatus.ACCEPTED, RecordStatus.DUPLICATE, RecordStatus.DUPLICATE);
    }

    @Test
    void findingsAreIssuedAboutUploadedEnterprises() throws Exception {
        assertThat(h.admin("POST", "/findings", "{\"count\":2}").path("issued")).isEmpty();
        port.uploadBatch("b-1", "330999", threeGood());
        JsonNode issued = h.admin("POST", "/findings", "{\"count\":2}").path("issued");
        assertThat(issued).hasSize(2);
        List<Finding> all = new ArrayList<>();
        String cursor = null;
        FindingsPage page;
        do {
            page = port.pullFindings("330999", cursor, 500);
            all.addAll(page.getFinding());
            cursor = page.getNextCursor();
        } while (page.isHasMore());
        Finding newest = all.get(all.size() - 1);
        assertThat(newest.getFindingId()).isEqualTo(issued.get(1).asText());
        assertThat(List.of(SimulatorHarness.CODE_A, SimulatorHarness.CODE_B)).contains(newest.getEnterpriseCreditCode());
        assertThatThrownBy(() -> h.admin("POST", "/findings", "{\"count\":0}")).hasMessageContaining("400");
    }

    @Test
    void sameKeysAgainAreDuplicatesAndCounted() throws Exception {
        port.uploadBatch("b-1", "330999", threeGood());
        UploadReceipt again = port.uploadBatch("b-1-retry", "330999", threeGood());
        assertThat(statuses(again)).containsOnly(RecordStatus.DUPLICATE);
        assertThat(again.getDuplicates()).isEqualTo(3);
        port.uploadBatch("b-1-retry-2", "330999", List.of(SimulatorHarness.inspection("insp-1", 1)));
        JsonNode s = h.stats();
        assertThat(s.path("received").asInt()).isEqualTo(7);
        assertThat(s.path("accepted").asInt()).isEqualTo(3);
        assertThat(s.path("duplicates").asInt()).isEqualTo(4);
        assertThat(s.path("storedKeys").asInt()).isEqualTo(3);
        JsonNode top = s.path("topDuplicateKeys");
        assertThat(top.get(0).path("key").asText()).isEqualTo("insp-1:1");
        assertThat(top.get(0).path("duplicates").asInt()).isEqualTo(2);
        // a new version of the same record is a new key
        UploadReceipt v2 = port.uploadBatch("b-2", "330999", List.of(SimulatorHarness.inspection("insp-1", 2)));
        assertThat(statuses(v2)).containsExactly(RecordStatus.ACCEPTED);
    }

    @Test
    void invalidRecordsAreRejectedWithTheFieldAndDoNotBlockOthers() throws Exception {
        ExchangeRecord shortCode = SimulatorHarness.enterprise("ent-2", 1, "91330999MA2B3C4D5"); // 17 chars
        ExchangeRecord unknownType = SimulatorHarness.inspection("x-1", 1);
        unknownType.setRecordType("VESSEL");
        ExchangeRecord badKey = SimulatorHarness.inspection("insp-9", 1);
        badKey.setIdempotencyKey("insp-9:7");
        List<ExchangeRecord> batch = new ArrayList<>(threeGood());
        batch.add(1, shortCode);
        batch.add(unknownType);
        batch.add(badKey);
        UploadReceipt r = port.uploadBatch("b-mixed", "330999", batch);
        assertThat(statuses(r)).containsExactly(RecordStatus.ACCEPTED, RecordStatus.REJECTED, RecordStatus.ACCEPTED,
                RecordStatus.ACCEPTED, RecordStatus.REJECTED, RecordStatus.REJECTED);
        assertThat(r.getResult().get(1).getField()).isEqualTo("enterprise.creditCode");
        assertThat(r.getResult().get(1).getReason()).contains("18 characters");
        assertThat(r.getResult().get(4).getField()).isEqualTo("recordType");
        assertThat(r.getResult().get(5).getField()).isEqualTo("idempotencyKey");
        assertThat(r.getRejected()).isEqualTo(3);
        assertThat(r.getAccepted()).isEqualTo(3);
        JsonNode s = h.stats();
        assertThat(s.path("rejected").asInt()).isEqualTo(3);
        assertThat(s.path("perType").path("UNKNOWN").path("rejected").asInt()).isEqualTo(1);
        // a wrong check character and a region outside the county are rejected too
        UploadReceipt r2 = port.uploadBatch("b-x", "330999", List.of(
                SimulatorHarness.enterprise("ent-3", 1, "91350100M000100Y4Z"),
                SimulatorHarness.hazard("haz-9", 1, "330101001000", "OPEN", "2026-04-30")));
        assertThat(r2.getResult().get(0).getField()).isEqualTo("enterprise.creditCode");
        assertThat(r2.getResult().get(1).getField()).isEqualTo("regionCode");
    }

    @Test
    void wrongPasswordIsASecurityFault() {
        ProvinceExchangePortType bad = h.client(SimulatorHarness.USER, "wrong", true);
        Throwable t = catchThrowable(() -> bad.uploadBatch("b", "330999", threeGood()));
        assertThat(t).isInstanceOf(SOAPFaultException.class);
        assertThat(((SOAPFaultException) t).getFault().getFaultCodeAsQName().getLocalPart()).isEqualTo("FailedAuthentication");
        ProvinceExchangePortType unknownUser = h.client("someone-else", SimulatorHarness.PASSWORD, true);
        assertThatThrownBy(() -> unknownUser.pullFindings("330999", null, 5)).isInstanceOf(SOAPFaultException.class);
    }

    @Test
    void missingTimestampIsAFault() throws Exception {
        ProvinceExchangePortType noTs = h.client(SimulatorHarness.USER, SimulatorHarness.PASSWORD, false);
        assertThatThrownBy(() -> noTs.uploadBatch("b", "330999", threeGood())).isInstanceOf(SOAPFaultException.class);
        assertThat(h.stats().path("received").asInt()).isZero();
    }

    @Test
    void digestWithoutNonceAndCreatedIsAFault() throws Exception {
        // WSS4J clients always add Nonce/Created to a digest token, so this one is hand-written
        java.time.Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        byte[] nonce = new byte[16];
        new java.util.Random(7).nextBytes(nonce);
        String created = now.toString();
        java.net.http.HttpResponse<String> ok = rawCall(nonce, created);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        java.net.http.HttpResponse<String> bare = rawCall(null, null);
        assertThat(bare.statusCode()).isEqualTo(500);
        assertThat(bare.body()).contains("InvalidSecurityToken").contains("Nonce or Created is missing");
        // the same nonce again is a replay
        assertThat(rawCall(nonce, created).statusCode()).isEqualTo(500);
    }

    private static java.net.http.HttpResponse<String> rawCall(byte[] nonce, String created) throws Exception {
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
        if (nonce != null) sha1.update(nonce);
        if (created != null) sha1.update(created.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String digest = b64.encodeToString(sha1.digest(SimulatorHarness.PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
        String wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String xml = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Header>"
                + "<wsse:Security soap:mustUnderstand='1' xmlns:wsse='" + wsse + "' xmlns:wsu='" + wsu + "'>"
                + "<wsu:Timestamp wsu:Id='TS-1'><wsu:Created>" + now + "</wsu:Created><wsu:Expires>" + now.plusSeconds(300)
                + "</wsu:Expires></wsu:Timestamp>"
                + "<wsse:UsernameToken wsu:Id='UT-1'><wsse:Username>" + SimulatorHarness.USER + "</wsse:Username>"
                + "<wsse:Password Type='http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest'>"
                + digest + "</wsse:Password>"
                + (nonce == null ? "" : "<wsse:Nonce EncodingType='http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary'>"
                        + b64.encodeToString(nonce) + "</wsse:Nonce>")
                + (created == null ? "" : "<wsu:Created>" + created + "</wsu:Created>")
                + "</wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>"
                + "<p:PullFindings xmlns:p='urn:anjian:province:exchange:1'><p:countyCode>330999</p:countyCode><p:max>1</p:max></p:PullFindings>"
                + "</soap:Body></soap:Envelope>";
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(h.sim.soapUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:anjian:province:exchange:1:PullFindings\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml)).build();
        return h.http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void otherCountyIsAnAuthenticationFault() {
        Throwable t = catchThrowable(() -> port.pullFindings("330101", null, 5));
        assertThat(t).isInstanceOf(AuthenticationFault.class);
        assertThat(((AuthenticationFault) t).getFaultInfo().getCode()).isEqualTo("NOT_AUTHORISED");
    }

    @Test
    void pullFindingsPagesWithTheCursor() throws Exception {
        List<Finding> all = new ArrayList<>();
        String cursor = null;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FindingsPage p = port.pullFindings("330999", cursor, 7);
            sizes.add(p.getFinding().size());
            all.addAll(p.getFinding());
            cursor = p.getNextCursor();
            if (!p.isHasMore()) break;
        }
        assertThat(sizes).containsExactly(7, 7, 6);
        Set<String> ids = new HashSet<>();
        all.forEach(f -> ids.add(f.getFindingId()));
        assertThat(ids).hasSize(20);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.getRegionCode()).startsWith("330999").hasSize(12);
            assertThat(CreditCodes.problem(f.getEnterpriseCreditCode())).isNull();
        });
        // the final cursor is stable: polling again yields nothing new
        FindingsPage after = port.pullFindings("330999", cursor, 7);
        assertThat(after.getFinding()).isEmpty();
        assertThat(after.isHasMore()).isFalse();
        assertThat(after.getNextCursor()).isEqualTo(cursor);
        // deterministic from the seed: the first page is the same every time
        assertThat(port.pullFindings("330999", null, 1).getFinding().get(0).getEnterpriseCreditCode())
                .isEqualTo(all.get(0).getEnterpriseCreditCode());
        Throwable t = catchThrowable(() -> port.pullFindings("330999", "garbage!", 5));
        assertThat(t).isInstanceOf(ValidationFault.class);
        assertThat(((ValidationFault) t).getFaultInfo().getCode()).isEqualTo("INVALID_CURSOR");
        assertThatThrownBy(() -> port.pullFindings("330999", null, 0)).isInstanceOf(ValidationFault.class);
    }

    @Test
    void feedbackOnUnknownFindingFaultsAndOnKnownIsAcknowledged() throws Exception {
        Throwable t = catchThrowable(() -> port.postFeedback("F-nope", FeedbackStatus.RECTIFYING, null, null));
        assertThat(t).isInstanceOf(ValidationFault.class);
        assertThat(((ValidationFault) t).getFaultInfo().getCode()).isEqualTo("UNKNOWN_FINDING");
        assertThat(((ValidationFault) t).getFaultInfo().getField()).isEqualTo("findingId");

        String id = port.pullFindings("330999", null, 1).getFinding().get(0).getFindingId();
        assertThatThrownBy(() -> port.postFeedback(id, FeedbackStatus.CLOSED, null, "photo"))
                .isInstanceOf(ValidationFault.class);
        FeedbackAck ack = port.postFeedback(id, FeedbackStatus.CLOSED, SimulatorHarness.date("2026-03-01"), "https://evidence/1.jpg");
        assertThat(ack.getFindingId()).isEqualTo(id);
        assertThat(ack.getStatus()).isEqualTo(FeedbackStatus.CLOSED);
        JsonNode s = h.stats();
        assertThat(s.path("feedbackCount").asInt()).isEqualTo(1);
        assertThat(s.path("feedback").path(id).asText()).isEqualTo("CLOSED");
    }

    @Test
    void rankingIsComputedFromUploadedHazards() throws Exception {
        port.uploadBatch("b-r", "330999", List.of(
                SimulatorHarness.hazard("h-1", 1, "330999001000", "OPEN", "2026-03-10"),
                SimulatorHarness.hazard("h-1", 2, "330999001000", "CLOSED", "2026-03-10"), // latest version counts
                SimulatorHarness.hazard("h-2", 1, "330999001000", "CLOSED", "2026-03-20"),
                SimulatorHarness.hazard("h-3", 1, "330999002000", "OPEN", "2026-03-05"),    // overdue in 2026-03
                SimulatorHarness.hazard("h-4", 1, "330999002000", "CLOSED", "2026-03-05"),
                SimulatorHarness.hazard("h-5", 1, "330999003000", "RECTIFYING", "2026-06-30")));
        TownshipRanking r = port.getTownshipRanking("330999", "2026-03");
        assertThat(r.getRow()).hasSize(5);
        RankingRow first = r.getRow().get(0);
        assertThat(r.getRow()).extracting(RankingRow::getTownshipCode)
                .containsExactly("330999001000", "330999004000", "330999005000", "330999002000", "330999003000");
        assertThat(first.getScore()).isEqualTo(100.0);
        assertThat(r.getRow()).extracting(RankingRow::getRank).containsExactly(1, 1, 1, 4, 5);
        assertThat(r.getRow().get(3).getScore()).isEqualTo(25.0); // 50 % closed - 50 * 50 % overdue
        assertThat(r.getRow().get(4).getScore()).isEqualTo(0.0);
        assertThat(first.getTownshipName()).isNotBlank();
        assertThatThrownBy(() -> port.getTownshipRanking("330999", "2026-13")).isInstanceOf(ValidationFault.class);
    }

    // ------------------------------------------------------------------ fault modes

    @Test
    void latencyIsApplied() throws Exception {
        h.admin("POST", "/faults", "{\"latencyMs\": 400}");
        long t0 = System.nanoTime();
        port.pullFindings("330999", null, 1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isGreaterThanOrEqualTo(400);
        h.admin("DELETE", "/faults", null);
        long t1 = System.nanoTime();
        port.pullFindings("330999", null, 1);
        assertThat((System.nanoTime() - t1) / 1_000_000).isLessThan(400);
    }

    @Test
    void errorRateOneAnswersServiceUnavailableUntilCleared() throws Exception {
        h.admin("POST", "/faults", "{\"errorRate\": 1.0}");
        Throwable t = catchThrowable(() -> port.uploadBatch("b-e", "330999", threeGood()));
        assertThat(t).isInstanceOf(ServiceUnavailableFault.class);
        assertThat(((ServiceUnavailableFault) t).getFaultInfo().getCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(h.stats().path("received").asInt()).isZero();
        h.admin("DELETE", "/faults", null);
        assertThat(statuses(port.uploadBatch("b-e", "330999", threeGood()))).containsOnly(RecordStatus.ACCEPTED);
    }

    @Test
    void downUntilRefusesUntilThenOrUntilCleared() throws Exception {
        h.admin("POST", "/faults", "{\"downUntil\": \"" + Instant.now().plusSeconds(60) + "\"}");
        Throwable t = catchThrowable(() -> port.pullFindings("330999", null, 1));
        assertThat(t).isInstanceOf(WebServiceException.class).isNotInstanceOf(SOAPFaultException.class);
        assertThat(h.stats().path("faults").path("refusedWhileDown").asInt()).isEqualTo(1);
        h.admin("DELETE", "/faults", null);
        assertThat(port.pullFindings("330999", null, 1).getFinding()).hasSize(1);
        // a downUntil in the past has no effect
        h.admin("POST", "/faults", "{\"downUntil\": \"" + Instant.now().minusSeconds(1) + "\"}");
        assertThat(port.pullFindings("330999", null, 1).getFinding()).hasSize(1);
    }

    @Test
    void dropConnectionsClosesWithoutAnswer() throws Exception {
        h.admin("POST", "/faults", "{\"dropConnections\": 1.0}");
        Throwable t = catchThrowable(() -> port.uploadBatch("b-d", "330999", threeGood()));
        assertThat(t).isInstanceOf(WebServiceException.class).isNotInstanceOf(SOAPFaultException.class);
        assertThat(h.stats().path("received").asInt()).isZero();
        h.admin("DELETE", "/faults", null);
        assertThat(statuses(port.uploadBatch("b-d", "330999", threeGood()))).containsOnly(RecordStatus.ACCEPTED);
    }

    @Test
    void commitThenFailStoresTheBatchSoTheRetryIsDuplicate() throws Exception {
        h.admin("POST", "/faults", "{\"commitThenFail\": 1.0}");
        assertThatThrownBy(() -> port.uploadBatch("b-c", "330999", threeGood())).isInstanceOf(ServiceUnavailableFault.class);
        assertThat(h.stats().path("storedKeys").asInt()).isEqualTo(3);
        h.admin("DELETE", "/faults", null);
        UploadReceipt retry = port.uploadBatch("b-c", "330999", threeGood());
        assertThat(statuses(retry)).containsOnly(RecordStatus.DUPLICATE);
        JsonNode s = h.stats();
        assertThat(s.path("faults").path("committedThenFailed").asInt()).isEqualTo(1);
        assertThat(s.path("duplicates").asInt()).isEqualTo(3);
    }

    @Test
    void faultInjectionIsDeterministicForTheSeed() throws Exception {
        String cfg = "{\"errorRate\": 0.5}";
        List<Boolean> first = outcomes(cfg);
        List<Boolean> second = outcomes(cfg);
        assertThat(first).isEqualTo(second).contains(true, false);
        h.admin("DELETE", "/faults", null);
    }

    private List<Boolean> outcomes(String cfg) throws Exception {
        h.admin("POST", "/faults", cfg); // (re)configuring re-seeds the generator
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            try {
                port.pullFindings("330999", null, 1);
                out.add(true);
            } catch (ServiceUnavailableFault e) {
                out.add(false);
            }
        }
        return out;
    }

    @Test
    void adminRejectsBadFaultSettings() throws Exception {
        assertThatThrownBy(() -> h.admin("POST", "/faults", "{\"errorRate\": 2}")).hasMessageStartingWith("400");
        assertThat(h.admin("GET", "/faults", null).path("errorRate").asDouble()).isZero();
    }
}
