package org.anjian.exchange.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.anjian.exchange.spi.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exchange with the province end to end: platform on H2, real CXF/WSS4J client, the shipped simulator. */
class ProvinceExchangeTest {
    private ExchangeFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new ExchangeFixture(ProvinceExchangeTest.class);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void uploadsEveryOutboxRecordOnceAndTheLedgerSaysWhat() throws Exception {
        for (int i = 1; i <= 120; i++) {
            f.enterprise(i);
        }
        Hazard h = f.hazards.register(Principals.SYSTEM, hazard(1, null, null));
        f.hazards.transition(Principals.SYSTEM, h.id(), new TransitionRequest(HazardAction.ASSIGN, "张三", null, null,
                null, null, null, null, null));

        ExchangeRun run = f.service.runNow(Principals.ADMIN, "province");

        List<String> keys = f.outboxKeys();
        assertThat(keys).hasSize(122);
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.direction()).isEqualTo("OUTBOUND");
        assertThat(run.trigger()).isEqualTo("operator:admin");
        assertThat(run.sent()).isEqualTo(122);
        assertThat(run.acknowledged()).isEqualTo(122);
        assertThat(run.dead()).isZero();
        assertThat(run.failed()).isZero();
        assertThat(new HashSet<>(f.storedKeys())).isEqualTo(new HashSet<>(keys));
        assertThat(f.stats().path("duplicates").asLong()).isZero();
        assertThat(f.stats().path("batches").asLong()).isEqualTo(3); // 122 records, 50 per batch
        // the digest is the manifest of what was acknowledged, in outbox order (keys as the outbox writes them)
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String k : f.outboxKeys()) {
            String outboxKey = k.substring(0, k.lastIndexOf(':') + 1) + (Long.parseLong(k.substring(k.lastIndexOf(':') + 1)) - 1);
            md.update((outboxKey + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run.digest()).isEqualTo(HexFormat.of().formatHex(md.digest()));

        ExchangeRun again = f.service.runNow(Principals.ADMIN, "province");
        assertThat(again.sent()).isZero();
        assertThat(f.stats().path("received").asLong()).isEqualTo(122);
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isZero();
        assertThat(f.service.runs(Principals.LEADER, "province", 0, 10).items())
                .extracting(ExchangeRun::id).contains(run.id(), again.id());
    }

    @Test
    void lostReceiptsDroppedConnectionsAndErrorsAreRetriedAndNothingIsAppliedTwice() throws Exception {
        for (int i = 1; i <= 300; i++) {
            f.enterprise(i);
        }
        f.usePeer(f.settings(25, new RetryPolicy(60, Duration.ofMillis(1), 2.0, Duration.ofMillis(8))));
        f.faults("{\"commitThenFail\":0.3,\"dropConnections\":0.15,\"errorRate\":0.15}");

        ExchangeRun run = f.service.runNow(Principals.ADMIN, "province");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.acknowledged()).isEqualTo(300);
        assertThat(run.sent()).isGreaterThan(300);
        List<String> stored = f.storedKeys();
        assertThat(stored).hasSize(300).doesNotHaveDuplicates();
        assertThat(new HashSet<>(stored)).isEqualTo(new HashSet<>(f.outboxKeys()));
        assertThat(f.stats().path("duplicates").asLong()).as("lost receipts re-sent and known").isPositive();
        assertThat(f.waits).isNotEmpty().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(8)));
    }

    @Test
    void aPeerDownForTheWholeWindowLeavesTheBacklogWhichIsDeliveredWhenItIsBack() throws Exception {
        for (int i = 1; i <= 40; i++) {
            f.enterprise(i);
        }
        f.faults("{\"downUntil\":\"" + Instant.now().plusSeconds(3600) + "\"}");

        ExchangeRun failed = f.service.runNow(Principals.ADMIN, "province");

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error()).contains("unavailable after 5 attempts");
        assertThat(failed.acknowledged()).isZero();
        assertThat(failed.failed()).isEqualTo(40);
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isEqualTo(40);
        assertThat(f.storedKeys()).isEmpty();
        // the province answered 503 with Retry-After: honoured, up to the cap (40 ms here), between the 5 attempts
        assertThat(f.waits).containsExactly(Duration.ofMillis(40), Duration.ofMillis(40), Duration.ofMillis(40),
                Duration.ofMillis(40));

        f.clearFaults();
        ExchangeRun back = f.service.runNow(Principals.ADMIN, "province");

        assertThat(back.status()).isEqualTo("SUCCEEDED");
        assertThat(back.acknowledged()).isEqualTo(40);
        assertThat(new HashSet<>(f.storedKeys())).isEqualTo(new HashSet<>(f.outboxKeys()));
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isZero();
    }

    @Test
    void invalidRecordsBecomeDeadLettersWithTheReasonAndDoNotBlockTheOthers() throws Exception {
        f.enterprise(1);
        // the province refuses a hazard outside the county; our mapping refuses an enterprise without a risk colour
        f.outboxRow("hazard", "9001", 0, "331000001001", "{\"id\":9001,\"enterpriseCreditCode\":\""
                + ExchangeFixture.creditCode(1) + "\",\"regionCode\":\"331000001001\",\"grade\":\"GENERAL\","
                + "\"category\":\"FIRE\",\"status\":\"REGISTERED\",\"deadline\":\"2026-07-01\"}");
        f.outboxRow("enterprise", ExchangeFixture.creditCode(2), 0, TestDatabase.VILLAGE_A, "{\"creditCode\":\""
                + ExchangeFixture.creditCode(2) + "\",\"name\":\"无色企业\",\"industryCode\":\"2614\",\"regionCode\":\""
                + TestDatabase.VILLAGE_A + "\"}");
        f.outboxRow("enterprise", "broken", 0, TestDatabase.VILLAGE_A, "not json");
        f.enterprise(3);

        ExchangeRun run = f.service.runNow(Principals.ADMIN, "province");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.acknowledged()).isEqualTo(2);
        assertThat(run.dead()).isEqualTo(3);
        assertThat(f.storedKeys()).containsExactlyInAnyOrder("enterprise:" + ExchangeFixture.creditCode(1) + ":1",
                "enterprise:" + ExchangeFixture.creditCode(3) + ":1");
        List<DeadLetter> dead = f.service.deadLetters(Principals.ADMIN, "province", "OPEN", 0, 10).items();
        assertThat(dead).hasSize(3);
        DeadLetter outside = dead.stream().filter(d -> d.recordId().equals("9001")).findFirst().orElseThrow();
        assertThat(outside.reason()).contains("province").contains("330999");
        assertThat(outside.field()).isEqualTo("regionCode");
        DeadLetter colourless = dead.stream().filter(d -> d.recordId().equals(ExchangeFixture.creditCode(2))).findFirst().orElseThrow();
        assertThat(colourless.field()).isEqualTo("riskColour");
        assertThat(colourless.reason()).contains("riskColour is missing");
        assertThat(dead).filteredOn(d -> d.recordId().equals("broken")).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("not a JSON object"));
        assertThat(f.dlq.published).extracting(DeadLetter::id).containsExactlyInAnyOrderElementsOf(
                dead.stream().map(DeadLetter::id).toList());
        assertThat(f.service.backlog(Principals.ADMIN, "province").deadLetters()).isEqualTo(3);

        // an operator replays one: it goes out again with its key, is refused again, and is a new dead letter
        long receivedBefore = f.stats().path("received").asLong();
        DeadLetter replayed = f.service.replay(Principals.ADMIN, outside.id());
        assertThat(replayed.status()).isEqualTo("REPLAYED");
        assertThat(replayed.replayedBy()).isEqualTo("admin");
        assertThat(f.dlq.removed).containsExactly(outside.id());
        assertThatThrownBy(() -> f.service.replay(Principals.ADMIN, outside.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isEqualTo(1);

        ExchangeRun next = f.service.runNow(Principals.ADMIN, "province");
        assertThat(next.sent()).isEqualTo(1);
        assertThat(next.dead()).isEqualTo(1);
        assertThat(f.stats().path("received").asLong()).isEqualTo(receivedBefore + 1);
        assertThat(f.service.deadLetters(Principals.ADMIN, "province", "OPEN", 0, 10).total()).isEqualTo(3);
        assertThat(f.service.deadLetters(Principals.ADMIN, "province", "REPLAYED", 0, 10).total()).isEqualTo(1);
    }

    @Test
    void findingsBecomeHazardsOnceKeepTheirRawPayloadAndClosureSendsTheFeedback() throws Exception {
        for (int i = 1; i <= 5; i++) {
            f.enterprise(i);
        }
        f.service.runNow(Principals.ADMIN, "province");
        // that run polled first: the 20 seeded findings are about enterprises this county does not have
        ExchangeRun seeded = f.service.runs(Principals.ADMIN, "province", 0, 10).items().stream()
                .filter(r -> r.direction().equals("INBOUND")).findFirst().orElseThrow();
        assertThat(seeded.acknowledged()).isEqualTo(20);
        assertThat(seeded.dead()).isEqualTo(20);
        assertThat(seeded.error()).contains("20 not applied").contains("unknown enterprise");
        JsonIds issued = new JsonIds(f.admin("POST", "/findings", "{\"count\":3}").path("issued"));
        assertThat(issued.ids).hasSize(3);

        ExchangeRun poll = f.inbound.poll(f.peer, "test").orElseThrow();

        assertThat(poll.direction()).isEqualTo("INBOUND");
        assertThat(poll.acknowledged()).isEqualTo(3);
        assertThat(poll.dead()).isZero();
        assertThat(poll.error()).isNull();
        List<Hazard> fromProvince = f.hazards.search(Principals.SYSTEM, HazardQuery.all(new PageRequest(0, 100))).items().stream()
                .filter(h -> h.source() == HazardSource.PROVINCE_FINDING).toList();
        assertThat(fromProvince).hasSize(3);
        assertThat(fromProvince).extracting(Hazard::sourceSystem).containsOnly("province");
        assertThat(fromProvince).extracting(Hazard::sourceId).containsExactlyInAnyOrderElementsOf(issued.ids);
        String first = issued.ids.get(0);
        var record = f.store.inbound("province", first).orElseThrow();
        assertThat(record.rawPayload()).contains("<findingId>" + first + "</findingId>").contains("1030督导检查");
        assertThat(record.hazardId()).isNotNull();

        // delivered again (cursor lost): upserted, nothing registered twice
        f.store.saveState("province", "cursor.findings", "");
        f.inbound.poll(f.peer, "test");
        assertThat(f.store.inbound("province", first).orElseThrow().receiveCount()).isEqualTo(2);
        assertThat(f.hazards.search(Principals.SYSTEM, HazardQuery.all(new PageRequest(0, 100))).items().stream().filter(h -> h.source() == HazardSource.PROVINCE_FINDING))
                .hasSize(3);

        // the loop closes here; the feedback goes up with the next run
        long hazardId = record.hazardId();
        Hazard h = f.hazards.find(Principals.SYSTEM, hazardId).orElseThrow();
        if (h.grade() == HazardGrade.MAJOR) {
            f.hazards.transition(Principals.SYSTEM, hazardId, new TransitionRequest(HazardAction.ASSIGN, "李四", null,
                    null, null, "王厂长", "停产整改", "5万元", "专项预案"));
        } else {
            f.hazards.transition(Principals.SYSTEM, hazardId, new TransitionRequest(HazardAction.ASSIGN, "李四", null,
                    null, null, null, null, null, null));
        }
        f.hazards.transition(Principals.SYSTEM, hazardId, TransitionRequest.of(HazardAction.START));
        f.hazards.transition(Principals.SYSTEM, hazardId, new TransitionRequest(HazardAction.SUBMIT, null,
                "整改照片 https://evidence.example/1.jpg", null, null, null, null, null, null));
        f.hazards.transition(Principals.SYSTEM, hazardId, TransitionRequest.of(HazardAction.ACCEPT));

        ExchangeRun run = f.service.runNow(Principals.ADMIN, "province");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.dead()).isZero();
        Map<?, ?> feedback = (Map<?, ?>) f.sim.state().stats().get("feedback");
        assertThat(feedback.toString()).contains(first).contains("CLOSED");
    }

    @Test
    void aModulesRecordsGoThroughItsContributorAndWaitWhileItIsNotInstalled() throws Exception {
        f.enterprise(1);
        f.outboxRow("special-equipment.inspection", "I-1", 1, TestDatabase.VILLAGE_A, "{\"id\":\"I-1\","
                + "\"enterpriseCreditCode\":\"" + ExchangeFixture.creditCode(1) + "\",\"inspectedOn\":\"2026-06-01\","
                + "\"conclusion\":\"PASS\",\"regionCode\":\"" + TestDatabase.VILLAGE_A + "\"}");
        f.outboxRow("special-equipment.elevator-event", "E-1", 1, TestDatabase.VILLAGE_A, "{\"id\":\"E-1\"}");

        ExchangeRun without = f.service.runNow(Principals.ADMIN, "province");
        assertThat(without.acknowledged()).isEqualTo(1);
        assertThat(without.error()).contains("2 records wait for their module");
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isEqualTo(2);

        f.mapper.add(new ExchangeRecordContributor() {
            @Override
            public String moduleId() {
                return "special-equipment";
            }

            @Override
            public Set<String> recordTypes() {
                return Set.of("inspection");
            }

            @Override
            public Map<String, Object> toExchangeRecord(String peer, String recordType, Map<String, Object> p) {
                return Map.of("recordType", "INSPECTION", "id", p.get("id"), "enterpriseCreditCode",
                        p.get("enterpriseCreditCode"), "date", p.get("inspectedOn"), "result", p.get("conclusion"),
                        "regionCode", p.get("regionCode"));
            }
        });
        ExchangeRun with = f.service.runNow(Principals.ADMIN, "province");

        assertThat(with.acknowledged()).isEqualTo(1);
        assertThat(with.skipped()).isEqualTo(1); // the module maps no elevator events for the province
        assertThat(f.storedKeys()).contains("special-equipment.inspection:I-1:2");
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isZero();
    }

    @Test
    void canonicalRecordsOfModulesAreTranslatedOnceForTheProvince() throws Exception {
        f.enterprise(1);
        String code = ExchangeFixture.creditCode(1);
        f.outboxRow("chemical.majorHazardSource", "M-1", 0, TestDatabase.VILLAGE_A, "{\"id\":\"M-1\"}");
        f.outboxRow("chemical.majorHazardSource", "M-2", 0, TestDatabase.VILLAGE_A, "{\"id\":\"M-2\"}");
        f.outboxRow("special-equipment.inspection", "I-9", 0, TestDatabase.VILLAGE_A, "{\"id\":\"I-9\"}");
        f.mapper.add(new ExchangeRecordContributor() {
            @Override
            public String moduleId() {
                return "chemical";
            }

            @Override
            public Set<String> recordTypes() {
                return Set.of("majorHazardSource");
            }

            @Override
            public java.util.Optional<org.anjian.api.exchange.record.CanonicalRecord> toCanonical(String type,
                    Map<String, Object> p) {
                // M-2 has no guarantor: the province refuses it, and only it
                return java.util.Optional.of(new org.anjian.api.exchange.record.MajorHazardSourceRecord(
                        String.valueOf(p.get("id")), code, TestDatabase.VILLAGE_A, "液氨罐区", 4, 6.9,
                        "M-1".equals(p.get("id")) ? List.of(new org.anjian.api.exchange.record.MajorHazardSourceRecord
                                .Guarantor("PRINCIPAL", "王建国", "总经理", "13857000001")) : List.of()));
            }
        });
        f.mapper.add(new ExchangeRecordContributor() {
            @Override
            public String moduleId() {
                return "special-equipment";
            }

            @Override
            public Set<String> recordTypes() {
                return Set.of("inspection");
            }

            @Override
            public java.util.Optional<org.anjian.api.exchange.record.CanonicalRecord> toCanonical(String type,
                    Map<String, Object> p) {
                return java.util.Optional.of(new org.anjian.api.exchange.record.InspectionRecord("I-9", code,
                        TestDatabase.VILLAGE_A, "special-equipment", java.time.LocalDate.of(2026, 6, 1),
                        org.anjian.api.exchange.record.InspectionRecord.Result.PASSED));
            }
        });

        f.outboxRow("construction.construction-dangerous-work", "W-1", 0, TestDatabase.VILLAGE_A, "{\"id\":\"W-1\"}");
        f.outboxRow("construction.construction-dangerous-work", "W-2", 0, TestDatabase.VILLAGE_A, "{\"id\":\"W-2\"}");
        f.mapper.add(new ExchangeRecordContributor() {
            @Override
            public String moduleId() {
                return "construction";
            }

            @Override
            public Set<String> recordTypes() {
                return Set.of("construction-dangerous-work");
            }

            @Override
            public java.util.Optional<org.anjian.api.exchange.record.CanonicalRecord> toCanonical(String type,
                    Map<String, Object> p) {
                // W-2 is at a stage the contract does not know: the province refuses it, and only it
                return java.util.Optional.of(new org.anjian.api.exchange.record.DangerousWorkRecord(
                        String.valueOf(p.get("id")), code, TestDatabase.VILLAGE_A, "2603-330999-47-01-100231",
                        "文昌路安置小区二期工程", "地下室基坑支护", "EXCAVATION", "BEYOND_SCALE",
                        "W-1".equals(p.get("id")) ? "APPROVED" : "HALF_DONE"));
            }
        });

        ExchangeRun run = f.service.runNow(Principals.ADMIN, "province");

        assertThat(f.storedKeys()).contains("chemical.majorHazardSource:M-1:1", "special-equipment.inspection:I-9:1",
                        "construction.construction-dangerous-work:W-1:1")
                .doesNotContain("chemical.majorHazardSource:M-2:1", "construction.construction-dangerous-work:W-2:1");
        assertThat(((Map<?, ?>) ((Map<?, ?>) f.sim.state().stats().get("perType")).get("DANGEROUS_WORK")).get("accepted"))
                .isEqualTo(1L);
        assertThat(f.service.deadLetters(Principals.ADMIN, "province", null, 0, 10).items().toString())
                .contains("dangerousWork.stage");
        assertThat(run.dead()).isEqualTo(2);
        Map<?, ?> perType = (Map<?, ?>) f.sim.state().stats().get("perType");
        assertThat(((Map<?, ?>) perType.get("MAJOR_HAZARD_SOURCE")).get("accepted")).isEqualTo(1L);
        assertThat(((Map<?, ?>) perType.get("MAJOR_HAZARD_SOURCE")).get("rejected")).isEqualTo(1L);
        assertThat(f.service.deadLetters(Principals.ADMIN, "province", null, 0, 10).items().toString())
                .contains("majorHazardSource.guarantor");
    }

    @Test
    void aRunNeverOverlapsItself() throws Exception {
        for (int i = 1; i <= 10; i++) {
            f.enterprise(i);
        }
        f.faults("{\"latencyMs\":1500}");
        CompletableFuture<ExchangeRun> first = CompletableFuture.supplyAsync(
                () -> f.service.runNow(Principals.ADMIN, "province"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> f.service.backlog(Principals.ADMIN, "province").running());

        assertThatThrownBy(() -> f.engine.run(f.peer, "schedule"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already under way");
        assertThat(first.get().status()).isEqualTo("SUCCEEDED");
        assertThat(f.service.runs(Principals.ADMIN, "province", 0, 10).items())
                .filteredOn(r -> r.direction().equals("OUTBOUND")).hasSize(1);
    }

    @Test
    void operatorsOnlyAndBadInputNamesTheField() {
        assertThatThrownBy(() -> f.service.runNow(Principals.LEADER, "province")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.runs(Principals.OFFICER_A, null, 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.runNow(Principals.ADMIN, "insurer"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("peer"));
        assertThatThrownBy(() -> f.service.runNow(Principals.ADMIN, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("peer"));
        assertThatThrownBy(() -> f.service.runs(Principals.ADMIN, null, 0, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> f.service.deadLetters(Principals.ADMIN, null, "GONE", 0, 10))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(f.service.runs(Principals.ADMIN, null, 0, 10).total()).isZero();
    }

    private static NewHazard hazard(int enterprise, String sourceSystem, String sourceId) {
        return new NewHazard(ExchangeFixture.creditCode(enterprise), null, HazardSource.ENFORCEMENT, HazardGrade.GENERAL,
                "FIRE", "消防通道堵塞", TestDatabase.TODAY.plusDays(10), null, null, null, null, sourceSystem, sourceId, null);
    }

    private static final class JsonIds {
        final List<String> ids = new java.util.ArrayList<>();

        JsonIds(com.fasterxml.jackson.databind.JsonNode array) {
            array.forEach(n -> ids.add(n.asText()));
        }
    }
}
