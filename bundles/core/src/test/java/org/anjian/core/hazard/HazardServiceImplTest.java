package org.anjian.core.hazard;

import static org.anjian.core.testing.TestDatabase.NOW;
import static org.anjian.core.testing.TestDatabase.TODAY;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_A;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_B;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.IllegalTransitionException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.HazardTransition;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.RecordingEventPublisher;
import org.anjian.core.testing.RecordingEventPublisher.Published;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HazardServiceImplTest {

    static final String ENT_A = CreditCode.withCheckCharacter("91330999000000101");
    static final String ENT_B = CreditCode.withCheckCharacter("91330999000000102");
    static final String UNKNOWN_ENT = CreditCode.withCheckCharacter("91330999000000199");
    private static final PageRequest ALL = new PageRequest(0, 100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestDatabase db;
    private static RegionServiceImpl regions;
    private static EnterpriseServiceImpl enterprises;
    private static final RecordingEventPublisher events = new RecordingEventPublisher();
    private static HazardServiceImpl hazards;

    @BeforeAll
    static void startDatabase() {
        db = TestDatabase.migrated(HazardServiceImplTest.class);
        regions = db.loadRegions();
        enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions);
        hazards = new HazardServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, events,
                new EscalationPolicy(1, 30));
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void twoEnterprises() {
        db.deleteBusinessData();
        enterprises.create(Principals.SYSTEM, new Enterprise(ENT_A, "东城化工有限公司", "2614", "东城路1号", VILLAGE_A, null,
                List.of(), RiskColour.RED, Assessment.GOOD, StandardizationGrade.LEVEL2, List.of(), null));
        enterprises.create(Principals.SYSTEM, new Enterprise(ENT_B, "西山机械厂", "3311", "西山路2号", VILLAGE_B, null,
                List.of(), RiskColour.YELLOW, null, null, List.of(), null));
        events.clear();
        events.probe(json -> true);
    }

    /** A builder for {@link NewHazard}: a general fire hazard of enterprise A due in ten days. */
    static final class NewHazardBuilder {
        String enterprise = ENT_A;
        String region;
        HazardSource source = HazardSource.ENFORCEMENT;
        HazardGrade grade = HazardGrade.GENERAL;
        String category = "FIRE";
        String description = "灭火器过期未检";
        LocalDate deadline = TODAY.plusDays(10);
        String responsible;
        String measures;
        String funds;
        String contingencyPlan;
        String sourceSystem;
        String sourceId;
        LocalDate registeredOn;

        NewHazardBuilder enterprise(String v) { enterprise = v; return this; }
        NewHazardBuilder region(String v) { region = v; return this; }
        NewHazardBuilder source(HazardSource v) { source = v; return this; }
        NewHazardBuilder grade(HazardGrade v) { grade = v; return this; }
        NewHazardBuilder category(String v) { category = v; return this; }
        NewHazardBuilder description(String v) { description = v; return this; }
        NewHazardBuilder deadline(LocalDate v) { deadline = v; return this; }
        NewHazardBuilder responsible(String v) { responsible = v; return this; }
        NewHazardBuilder sourceRef(String system, String id) { sourceSystem = system; sourceId = id; return this; }
        NewHazardBuilder registeredOn(LocalDate v) { registeredOn = v; return this; }

        NewHazardBuilder plan(String r, String m, String f, String c) {
            responsible = r;
            measures = m;
            funds = f;
            contingencyPlan = c;
            return this;
        }

        NewHazard build() {
            return new NewHazard(enterprise, region, source, grade, category, description, deadline, responsible,
                    measures, funds, contingencyPlan, sourceSystem, sourceId, registeredOn);
        }
    }

    static NewHazardBuilder hazard() {
        return new NewHazardBuilder();
    }

    static TransitionRequest assign(String assignee) {
        return new TransitionRequest(HazardAction.ASSIGN, assignee, null, null, null, null, null, null, null);
    }

    static TransitionRequest submit(String evidence) {
        return new TransitionRequest(HazardAction.SUBMIT, null, evidence, null, null, null, null, null, null);
    }

    static TransitionRequest reject(String reason) {
        return new TransitionRequest(HazardAction.REJECT, null, null, reason, null, null, null, null, null);
    }

    // ------------------------------------------------------------------ registration

    @Test
    void registerStoresTheHazardWithHistoryAuditOutboxAndEvent() throws Exception {
        Hazard h = hazards.register(Principals.OFFICER_A, hazard().description("  灭火器过期未检 ").build());

        assertThat(h.id()).isNotNull();
        assertThat(h.status()).isEqualTo(HazardStatus.REGISTERED);
        assertThat(h.supervision()).isEqualTo(Supervision.NONE);
        assertThat(h.overdue()).isFalse();
        assertThat(h.version()).isZero();
        assertThat(h.regionCode()).as("defaults to the enterprise's region").isEqualTo(VILLAGE_A);
        assertThat(h.enterpriseName()).isEqualTo("东城化工有限公司");
        assertThat(h.description()).isEqualTo("灭火器过期未检");
        assertThat(h.registeredAt()).isEqualTo(NOW);
        assertThat(h.registeredBy()).isEqualTo("officer-a");
        assertThat(h.closedAt()).isNull();
        assertThat(h.history()).containsExactly(
                new HazardTransition(NOW, "officer-a", "REGISTER", null, HazardStatus.REGISTERED, "ENFORCEMENT"));
        assertThat(hazards.find(Principals.OFFICER_A, h.id())).contains(h);

        String id = String.valueOf(h.id());
        assertThat(db.rows("SELECT actor, action, before_digest FROM audit_entry WHERE target_type = 'hazard'"))
                .containsExactly(mapOf("actor", "officer-a", "action", "HAZARD_REGISTER", "before_digest", null));
        assertThat(db.rows("SELECT record_id, record_version, event_type, idempotency_key, region_code FROM outbox"
                + " WHERE record_type = 'hazard'"))
                .containsExactly(Map.of("record_id", id, "record_version", 0L, "event_type", "HAZARD_REGISTERED",
                        "idempotency_key", "hazard:" + id + ":0", "region_code", VILLAGE_A));
        assertThat(events.published()).singleElement().satisfies(e -> {
            assertThat(e.topic()).isEqualTo(HazardServiceImpl.TOPIC);
            assertThat(e.eventType()).isEqualTo("HAZARD_REGISTER");
        });
        JsonNode event = JSON.readTree(events.published().get(0).json());
        assertThat(event.get("hazardId").asLong()).isEqualTo(h.id());
        assertThat(event.get("to").asText()).isEqualTo("REGISTERED");
        assertThat(event.get("from").isNull()).isTrue();
        assertThat(event.get("enterpriseCreditCode").asText()).isEqualTo(ENT_A);
    }

    @Test
    void anExplicitRegionIsKept() {
        Hazard h = hazards.register(Principals.SYSTEM, hazard().region(TOWNSHIP_A).build());
        assertThat(h.regionCode()).isEqualTo(TOWNSHIP_A);
    }

    static Stream<Arguments> invalidRegistrations() {
        AnjianPrincipal system = Principals.SYSTEM;
        AnjianPrincipal officer = Principals.OFFICER_A;
        return Stream.of(
                Arguments.of("unknown enterprise", system, hazard().enterprise(UNKNOWN_ENT), "enterpriseCreditCode"),
                Arguments.of("invalid credit code", system,
                        hazard().enterprise(UNKNOWN_ENT.substring(0, 17) + "I"), "enterpriseCreditCode"),
                Arguments.of("no enterprise", system, hazard().enterprise(" "), "enterpriseCreditCode"),
                Arguments.of("another township's enterprise", officer, hazard().enterprise(ENT_B),
                        "enterpriseCreditCode"),
                Arguments.of("unknown region", system, hazard().region("330999001002"), "regionCode"),
                Arguments.of("malformed region", system, hazard().region("3309990010"), "regionCode"),
                Arguments.of("no source", system, hazard().source(null), "source"),
                Arguments.of("no grade", system, hazard().grade(null), "grade"),
                Arguments.of("unknown category", system, hazard().category("NUCLEAR"), "category"),
                Arguments.of("no category", system, hazard().category(null), "category"),
                Arguments.of("no description", system, hazard().description(null), "description"),
                Arguments.of("blank description", system, hazard().description("   "), "description"),
                Arguments.of("description too long", system, hazard().description("长".repeat(2001)), "description"),
                Arguments.of("no deadline", system, hazard().deadline(null), "deadline"),
                Arguments.of("deadline before today", officer, hazard().deadline(TODAY.minusDays(1)), "deadline"),
                Arguments.of("deadline before the back-dated registration", system,
                        hazard().registeredOn(TODAY.minusDays(10)).deadline(TODAY.minusDays(11)), "deadline"),
                Arguments.of("deadline beyond three years", system, hazard().deadline(TODAY.plusYears(3).plusDays(1)),
                        "deadline"),
                Arguments.of("registeredOn by a non-system caller", officer,
                        hazard().registeredOn(TODAY.minusDays(3)), "registeredOn"),
                Arguments.of("registeredOn by an administrator", Principals.ADMIN,
                        hazard().registeredOn(TODAY.minusDays(3)), "registeredOn"),
                Arguments.of("sourceSystem without sourceId", system, hazard().sourceRef("1030", null), "sourceId"),
                Arguments.of("sourceId without sourceSystem", system, hazard().sourceRef(null, "F-1"), "sourceSystem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void registerRejectsAnInvalidHazardAndWritesNothing(String description, AnjianPrincipal caller,
                                                       NewHazardBuilder invalid, String field) {
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> hazards.register(caller, invalid.build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(db.count("hazard")).isZero();
        assertThat(db.count("hazard_history")).isZero();
        assertThat(db.queryCount("SELECT COUNT(*) FROM outbox WHERE record_type = 'hazard'")).isZero();
        assertThat(db.queryCount("SELECT COUNT(*) FROM audit_entry WHERE target_type = 'hazard'")).isZero();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void registerChecksTheCallersRightsAndJurisdiction() {
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> hazards.register(Principals.LEADER, hazard().build()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> hazards.register(Principals.OFFICER_A, hazard().region(VILLAGE_B).build()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> hazards.register(Principals.OFFICER_A, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("body"));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).isEmpty();
    }

    @Test
    void aSystemImportMayBackDateTheRegistration() {
        LocalDate registeredOn = LocalDate.of(2026, 5, 1);
        Hazard h = hazards.register(Principals.SYSTEM,
                hazard().registeredOn(registeredOn).deadline(LocalDate.of(2026, 5, 15)).build());

        // start of the day in the clock's zone (Asia/Shanghai)
        assertThat(h.registeredAt()).isEqualTo(java.time.Instant.parse("2026-04-30T16:00:00Z"));
        assertThat(h.history()).singleElement().extracting(HazardTransition::at).isEqualTo(h.registeredAt());
        assertThat(h.overdue()).isTrue();
        assertThat(h.supervision()).as("registration does not escalate").isEqualTo(Supervision.NONE);
    }

    @Test
    void registrationIsIdempotentOnSourceSystemAndSourceId() {
        Hazard first = hazards.register(Principals.SYSTEM, hazard().sourceRef("1030", "F-1").build());
        Map<String, Long> before = db.snapshot();

        Hazard again = hazards.register(Principals.SYSTEM,
                hazard().sourceRef("1030", "F-1").description("重复推送").build());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.description()).isEqualTo(first.description());
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).hasSize(1);

        Hazard other = hazards.register(Principals.SYSTEM, hazard().sourceRef("1030", "F-2").build());
        Hazard otherSystem = hazards.register(Principals.SYSTEM, hazard().sourceRef("12345", "F-1").build());
        assertThat(Set.of(first.id(), other.id(), otherSystem.id())).hasSize(3);
        assertThat(db.count("hazard")).isEqualTo(3);
        // without a source reference every registration is a new hazard
        hazards.register(Principals.SYSTEM, hazard().build());
        hazards.register(Principals.SYSTEM, hazard().build());
        assertThat(db.count("hazard")).isEqualTo(5);
    }

    /**
     * Regression (fixed): HazardServiceImpl.register returns the hazard found by (sourceSystem, sourceId) before
     * it looks at the caller's jurisdiction, so anyone who can register can read any hazard of any region
     * by guessing its source reference.
     */
    @Test
    void theIdempotentShortcutDoesNotRevealAForeignHazard() {
        Hazard foreign = hazards.register(Principals.SYSTEM,
                hazard().enterprise(ENT_B).sourceRef("1030", "F-9").build());

        Hazard[] leaked = new Hazard[1];
        Throwable thrown = catchThrowable(() -> leaked[0] = hazards.register(Principals.OFFICER_A,
                hazard().enterprise(ENT_A).sourceRef("1030", "F-9").build()));

        assertThat(hazards.find(Principals.OFFICER_A, foreign.id())).isEmpty();
        assertThat(leaked[0]).as("officer A must not receive township B's hazard").isNull();
        assertThat(thrown).isNotNull();
    }

    /**
     * Regression (fixed): register() validates the request (deadline not before today) before it looks up
     * (sourceSystem, sourceId), so a peer that re-delivers a registration after its deadline has passed gets
     * a ValidationException instead of the hazard it already created: registration is not idempotent.
     */
    @Test
    void aRedeliveryAfterTheDeadlineReturnsTheExistingHazard() {
        NewHazard message = hazard().deadline(TODAY).sourceRef("grid-app", "G-1").build();
        Hazard first = hazards.register(Principals.SYSTEM, message);
        HazardServiceImpl twoDaysLater = new HazardServiceImpl(db.transactions(),
                java.time.Clock.offset(TestDatabase.CLOCK, java.time.Duration.ofDays(2)), regions, events,
                new EscalationPolicy(1, 30));

        Hazard again = twoDaysLater.register(Principals.SYSTEM, message);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(db.count("hazard")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ the closed loop

    @Test
    void theClosedLoopRecordsHistoryAuditOutboxAndEventsAfterCommit() throws Exception {
        // every event must find its outbox row already committed (read on another connection)
        events.probe(json -> {
            try {
                JsonNode e = JSON.readTree(json);
                return db.queryCount("SELECT COUNT(*) FROM outbox WHERE record_type = 'hazard' AND record_id = ?"
                        + " AND record_version = ?", e.get("hazardId").asText(), e.get("version").asLong()) == 1;
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        AnjianPrincipal officer = Principals.OFFICER_A;
        AnjianPrincipal admin = Principals.ADMIN;
        Hazard h = hazards.register(officer, hazard().build());
        long id = h.id();

        Hazard assigned = hazards.transition(officer, id, new TransitionRequest(HazardAction.ASSIGN, " 企业负责人王五 ",
                null, null, "限期十日", null, null, null, null));
        assertThat(assigned.status()).isEqualTo(HazardStatus.ASSIGNED);
        assertThat(assigned.assignee()).isEqualTo("企业负责人王五");
        Hazard started = hazards.transition(officer, id, TransitionRequest.of(HazardAction.START));
        assertThat(started.status()).isEqualTo(HazardStatus.RECTIFYING);
        Hazard submitted = hazards.transition(officer, id, submit("更换灭火器照片"));
        assertThat(submitted.status()).isEqualTo(HazardStatus.SUBMITTED);
        assertThat(submitted.evidence()).isEqualTo("更换灭火器照片");
        Hazard rejected = hazards.transition(admin, id, reject("仍有两具未更换"));
        assertThat(rejected.status()).isEqualTo(HazardStatus.RECTIFYING);
        Hazard resubmitted = hazards.transition(officer, id, submit("全部更换"));
        assertThat(resubmitted.status()).isEqualTo(HazardStatus.SUBMITTED);
        assertThat(resubmitted.closedAt()).isNull();
        Hazard closed = hazards.transition(admin, id, TransitionRequest.of(HazardAction.ACCEPT));

        assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(closed.version()).isEqualTo(6L);
        assertThat(closed.overdue()).isFalse();
        assertThat(List.of(h, assigned, started, submitted, rejected, resubmitted, closed))
                .extracting(Hazard::version).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(closed.history()).containsExactly(
                new HazardTransition(NOW, "officer-a", "REGISTER", null, HazardStatus.REGISTERED, "ENFORCEMENT"),
                new HazardTransition(NOW, "officer-a", "ASSIGN", HazardStatus.REGISTERED, HazardStatus.ASSIGNED,
                        "交办: 企业负责人王五; 限期十日"),
                new HazardTransition(NOW, "officer-a", "START", HazardStatus.ASSIGNED, HazardStatus.RECTIFYING, null),
                new HazardTransition(NOW, "officer-a", "SUBMIT", HazardStatus.RECTIFYING, HazardStatus.SUBMITTED,
                        "整改证据: 更换灭火器照片"),
                new HazardTransition(NOW, "admin", "REJECT", HazardStatus.SUBMITTED, HazardStatus.RECTIFYING,
                        "复查不通过: 仍有两具未更换"),
                new HazardTransition(NOW, "officer-a", "SUBMIT", HazardStatus.RECTIFYING, HazardStatus.SUBMITTED,
                        "整改证据: 全部更换"),
                new HazardTransition(NOW, "admin", "ACCEPT", HazardStatus.SUBMITTED, HazardStatus.CLOSED, null));
        assertThat(hazards.find(Principals.SYSTEM, id)).contains(closed);

        // one outbox row per step, versions increasing, keys unique
        List<Map<String, Object>> outbox = db.rows("SELECT record_version, event_type, idempotency_key FROM outbox"
                + " WHERE record_type = 'hazard' AND record_id = ? ORDER BY id", String.valueOf(id));
        assertThat(outbox).extracting(r -> r.get("record_version")).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(outbox).extracting(r -> r.get("event_type")).containsExactly("HAZARD_REGISTERED",
                "HAZARD_ASSIGN", "HAZARD_START", "HAZARD_SUBMIT", "HAZARD_REJECT", "HAZARD_SUBMIT", "HAZARD_ACCEPT");
        assertThat(outbox).extracting(r -> r.get("idempotency_key")).doesNotHaveDuplicates()
                .allMatch(k -> k.toString().startsWith("hazard:" + id + ":"));
        // the last outbox payload is the closed hazard
        JsonNode payload = JSON.readTree((String) db.rows("SELECT payload FROM outbox WHERE record_type = 'hazard'"
                + " AND record_version = 6").get(0).get("payload"));
        assertThat(payload.get("status").asText()).isEqualTo("CLOSED");
        assertThat(payload.get("history")).hasSize(7);

        // one audit row per step; before and after differ for every transition
        List<Map<String, Object>> audit = db.rows("SELECT actor, action, before_digest, after_digest FROM audit_entry"
                + " WHERE target_type = 'hazard' AND target_id = ? ORDER BY id", String.valueOf(id));
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("HAZARD_REGISTER", "HAZARD_ASSIGN",
                "HAZARD_START", "HAZARD_SUBMIT", "HAZARD_REJECT", "HAZARD_SUBMIT", "HAZARD_ACCEPT");
        assertThat(audit).extracting(r -> r.get("actor"))
                .containsExactly("officer-a", "officer-a", "officer-a", "officer-a", "admin", "officer-a", "admin");
        assertThat(audit.subList(1, audit.size())).allSatisfy(r ->
                assertThat(r.get("before_digest")).isNotNull().isNotEqualTo(r.get("after_digest")));
        assertThat(db.queryCount("SELECT COUNT(*) FROM hazard_history WHERE hazard_id = ?", id)).isEqualTo(7);

        // one event per step, each published after its transaction committed
        List<Published> published = events.published();
        assertThat(published).extracting(Published::eventType).containsExactly("HAZARD_REGISTER", "HAZARD_ASSIGN",
                "HAZARD_START", "HAZARD_SUBMIT", "HAZARD_REJECT", "HAZARD_SUBMIT", "HAZARD_ACCEPT");
        assertThat(published).allSatisfy(p -> {
            assertThat(p.topic()).isEqualTo(HazardServiceImpl.TOPIC);
            assertThat(p.json()).contains("\"hazardId\":" + id);
            assertThat(p.probe()).as("outbox row committed before %s was published", p.eventType()).isTrue();
        });
        List<Long> eventVersions = new ArrayList<>();
        for (Published p : published) {
            eventVersions.add(JSON.readTree(p.json()).get("version").asLong());
        }
        assertThat(eventVersions).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        JsonNode accept = JSON.readTree(published.get(6).json());
        assertThat(accept.get("from").asText()).isEqualTo("SUBMITTED");
        assertThat(accept.get("to").asText()).isEqualTo("CLOSED");
        assertThat(accept.get("actor").asText()).isEqualTo("admin");
    }

    @Test
    void anIllegalTransitionNamesTheAllowedActionsAndWritesNothing() {
        Hazard h = hazards.register(Principals.SYSTEM, hazard().build());
        events.clear();
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.ACCEPT)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo("REGISTERED");
                    assertThat(e.action()).isEqualTo("ACCEPT");
                    assertThat(e.allowed()).containsExactly("ASSIGN");
                });
        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).isEmpty();
        assertThat(hazards.find(Principals.SYSTEM, h.id())).contains(h);

        hazards.transition(Principals.SYSTEM, h.id(), assign("王五"));
        hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.START));
        hazards.transition(Principals.SYSTEM, h.id(), submit("照片"));
        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.START)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactly("ACCEPT", "REJECT"));
        hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.ACCEPT));
        Map<String, Long> closedState = db.snapshot();
        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, h.id(), reject("再查")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo("CLOSED");
                    assertThat(e.allowed()).isEmpty();
                });
        assertThat(db.snapshot()).isEqualTo(closedState);
    }

    @Test
    void eachActionRequiresItsOwnField() {
        Hazard h = hazards.register(Principals.SYSTEM, hazard().build());
        long id = h.id();

        expectValidation(id, assign(null), "assignee", HazardStatus.REGISTERED);
        expectValidation(id, assign("  "), "assignee", HazardStatus.REGISTERED);
        expectValidation(id, assign("长".repeat(201)), "assignee", HazardStatus.REGISTERED);
        hazards.transition(Principals.SYSTEM, id, assign("王五"));
        hazards.transition(Principals.SYSTEM, id, TransitionRequest.of(HazardAction.START));
        expectValidation(id, submit(null), "evidence", HazardStatus.RECTIFYING);
        expectValidation(id, submit(""), "evidence", HazardStatus.RECTIFYING);
        hazards.transition(Principals.SYSTEM, id, submit("照片"));
        expectValidation(id, reject(null), "reason", HazardStatus.SUBMITTED);
        expectValidation(id, reject(" "), "reason", HazardStatus.SUBMITTED);
        expectValidation(id, null, "action", HazardStatus.SUBMITTED);
        expectValidation(id, TransitionRequest.of(null), "action", HazardStatus.SUBMITTED);
    }

    /**
     * Issue 9, item 2: text at each field's limit is stored (the history keeps the action's text and the note in a
     * wider column), one character more is a 400 naming the field, and nothing is written.
     */
    @Test
    void transitionTextUpToItsLimitsIsStoredAndBeyondIsRefusedNamingTheField() {
        long id = hazards.register(Principals.SYSTEM, hazard().build()).id();
        String note = "注".repeat(TransitionRequest.NOTE_MAX);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, note + "x", null, null, null,
                null), "note", HazardStatus.REGISTERED);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "长".repeat(201), null, null, null, null, null,
                null, null), "assignee", HazardStatus.REGISTERED);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, null, "责".repeat(201), null,
                null, null), "responsible", HazardStatus.REGISTERED);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, null, null, null,
                "元".repeat(201), null), "funds", HazardStatus.REGISTERED);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, null, null,
                "措".repeat(2001), null, null), "measures", HazardStatus.REGISTERED);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, null, null, null, null,
                "预".repeat(2001)), "contingencyPlan", HazardStatus.REGISTERED);

        Hazard assigned = hazards.transition(Principals.SYSTEM, id, new TransitionRequest(HazardAction.ASSIGN,
                "长".repeat(200), null, null, note, "责".repeat(200), "措".repeat(2000), "元".repeat(200),
                "预".repeat(2000)));
        assertThat(assigned.measures()).hasSize(2000);
        hazards.transition(Principals.SYSTEM, id, TransitionRequest.of(HazardAction.START));
        expectValidation(id, submit("证".repeat(2001)), "evidence", HazardStatus.RECTIFYING);
        hazards.transition(Principals.SYSTEM, id, new TransitionRequest(HazardAction.SUBMIT, null, "证".repeat(2000),
                null, note, null, null, null, null));
        expectValidation(id, reject("因".repeat(2001)), "reason", HazardStatus.SUBMITTED);
        Hazard rejected = hazards.transition(Principals.SYSTEM, id, new TransitionRequest(HazardAction.REJECT, null,
                null, "因".repeat(2000), note, null, null, null, null));
        String last = rejected.history().get(rejected.history().size() - 1).note();
        assertThat(last).startsWith("复查不通过: 因").endsWith("; " + note).hasSize(7 + 2000 + 2 + 1000);
    }

    /** A field of another action is a mistake of the client, not something to ignore. */
    @Test
    void aFieldTheActionDoesNotTakeIsRefused() {
        long id = hazards.register(Principals.SYSTEM, hazard().build()).id();
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", "照片", null, null, null, null, null, null),
                "evidence", HazardStatus.REGISTERED);
        expectValidation(id, new TransitionRequest(HazardAction.ASSIGN, "王五", null, "理由", null, null, null, null, null),
                "reason", HazardStatus.REGISTERED);
        hazards.transition(Principals.SYSTEM, id, assign("王五"));
        expectValidation(id, new TransitionRequest(HazardAction.START, "李四", null, null, null, null, null, null, null),
                "assignee", HazardStatus.ASSIGNED);
        expectValidation(id, new TransitionRequest(HazardAction.START, null, null, null, null, null, "措施", null, null),
                "measures", HazardStatus.ASSIGNED);
    }

    /** Issue 9, item 3: the registration takes the request type's declared constraints, for callers that are not HTTP. */
    @Test
    void registrationChecksTheDeclaredConstraintsToo() {
        Map<String, Long> before = db.snapshot();
        assertThatThrownBy(() -> hazards.register(Principals.SYSTEM, hazard().description("述".repeat(2001)).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.getMessage()).isEqualTo("must be between 1 and 2000 characters");
                });
        assertThatThrownBy(() -> hazards.register(Principals.SYSTEM, hazard().category(null).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("category"));
        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(hazards.register(Principals.SYSTEM, hazard().description("述".repeat(2000)).build()).description())
                .hasSize(2000);
    }

    private void expectValidation(long id, TransitionRequest request, String field, HazardStatus status) {
        Map<String, Long> before = db.snapshot();
        int published = events.published().size();

        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, id, request))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).hasSize(published);
        assertThat(hazards.find(Principals.SYSTEM, id)).get().extracting(Hazard::status).isEqualTo(status);
    }

    @Test
    void aMajorHazardNeedsItsFiveItemsBeforeAssignment() {
        Hazard bare = hazards.register(Principals.SYSTEM, hazard().grade(HazardGrade.MAJOR).build());
        Hazard partial = hazards.register(Principals.SYSTEM, hazard().grade(HazardGrade.MAJOR).responsible("厂长赵六").build());
        Map<String, Long> before = db.snapshot();
        events.clear();

        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, bare.id(), assign("王五")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("MAJOR_HAZARD_ITEMS_MISSING");
                    assertThat(e.field()).isEqualTo("responsible");
                });
        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, partial.id(), assign("王五")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("MAJOR_HAZARD_ITEMS_MISSING");
                    assertThat(e.field()).isEqualTo("measures");
                    assertThat(e.getMessage()).contains("measures, funds, contingencyPlan");
                });
        // some items in the request are not enough either
        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, partial.id(),
                new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, null, null, "停产整改", "  ", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("funds"));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).isEmpty();
        assertThat(hazards.find(Principals.SYSTEM, partial.id())).get().satisfies(h -> {
            assertThat(h.status()).isEqualTo(HazardStatus.REGISTERED);
            assertThat(h.measures()).isNull();
            assertThat(h.assignee()).isNull();
        });

        // supplying the missing items with the assignment works; the stored ones are kept
        Hazard assigned = hazards.transition(Principals.SYSTEM, partial.id(), new TransitionRequest(HazardAction.ASSIGN,
                "王五", null, null, null, null, "停产整改", "20万元", "专项应急预案"));
        assertThat(assigned.status()).isEqualTo(HazardStatus.ASSIGNED);
        assertThat(assigned.responsible()).isEqualTo("厂长赵六");
        assertThat(assigned.measures()).isEqualTo("停产整改");
        assertThat(assigned.funds()).isEqualTo("20万元");
        assertThat(assigned.contingencyPlan()).isEqualTo("专项应急预案");
        assertThat(assigned.deadline()).isEqualTo(TODAY.plusDays(10));

        // a major hazard registered with all items is assigned like any other; request items override
        Hazard complete = hazards.register(Principals.SYSTEM,
                hazard().grade(HazardGrade.MAJOR).plan("厂长", "措施", "10万元", "预案").build());
        Hazard completeAssigned = hazards.transition(Principals.SYSTEM, complete.id(),
                new TransitionRequest(HazardAction.ASSIGN, "王五", null, null, null, "新厂长", null, null, null));
        assertThat(completeAssigned.status()).isEqualTo(HazardStatus.ASSIGNED);
        assertThat(completeAssigned.responsible()).isEqualTo("新厂长");
        assertThat(completeAssigned.measures()).isEqualTo("措施");

        // a general hazard needs none of them
        Hazard general = hazards.register(Principals.SYSTEM, hazard().build());
        assertThat(hazards.transition(Principals.SYSTEM, general.id(), assign("王五")).status())
                .isEqualTo(HazardStatus.ASSIGNED);
    }

    @Test
    void transitionsAreScopedToTheJurisdictionAndToWriters() {
        Hazard foreign = hazards.register(Principals.SYSTEM, hazard().enterprise(ENT_B).build());
        Map<String, Long> before = db.snapshot();
        events.clear();

        assertThat(hazards.find(Principals.OFFICER_A, foreign.id())).isEmpty();
        assertThat(hazards.find(Principals.OFFICER_B, foreign.id())).isPresent();
        assertThatThrownBy(() -> hazards.transition(Principals.OFFICER_A, foreign.id(), assign("王五")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo("hazard");
                    assertThat(e.key()).isEqualTo(String.valueOf(foreign.id()));
                });
        assertThatThrownBy(() -> hazards.transition(Principals.LEADER, foreign.id(), assign("王五")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> hazards.transition(Principals.SYSTEM, 987_654L, assign("王五")))
                .isInstanceOf(NotFoundException.class);
        assertThat(hazards.find(Principals.SYSTEM, 987_654L)).isEmpty();

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).isEmpty();
    }

    // ------------------------------------------------------------------ search

    /**
     * Regression (same cause as in EnterpriseServiceImpl.search, fixed): HazardServiceImpl.search maps
     * {@code getResultStream()} through summary(), which calls em.find(EnterpriseEntity) for every row.
     * Transactions.read has no transaction, so Hibernate releases the JDBC resources after that load and
     * the scrolling ResultSet is closed: a search that finds a hazard fails with GenericJDBCException.
     */

    @Test
    void aGridMemberSeesAndRegistersOnlyTheHazardsOfTheirGrid() {
        String inGrid = CreditCode.withCheckCharacter("91330999000000103");
        enterprises.create(Principals.SYSTEM, new Enterprise(inGrid, "网格内餐饮店", "6210", "文昌路3号", VILLAGE_A,
                TestDatabase.GRID_A, List.of(), RiskColour.BLUE, null, null, List.of(), null));
        Hazard mine = hazards.register(Principals.GRID_MEMBER_A, hazard().enterprise(inGrid).build());
        Hazard other = hazards.register(Principals.SYSTEM, hazard().build());

        assertThat(hazards.find(Principals.GRID_MEMBER_A, mine.id())).isPresent();
        assertThat(hazards.find(Principals.GRID_MEMBER_A, other.id())).isEmpty();
        assertThat(hazards.search(Principals.GRID_MEMBER_A, HazardQuery.all(ALL)).items())
                .extracting(Hazard::id).containsExactly(mine.id());
        // ENT_A lies in the same village but not in the grid: unknown to the grid member
        assertThatThrownBy(() -> hazards.register(Principals.GRID_MEMBER_A, hazard().build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("enterpriseCreditCode"));
        assertThatThrownBy(() -> hazards.transition(Principals.GRID_MEMBER_A, other.id(),
                TransitionRequest.of(HazardAction.START))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchFiltersByStatusGradeOverdueEnterpriseAndRegion() {
        Hazard h1 = hazards.register(Principals.SYSTEM, hazard().build());
        Hazard h2 = hazards.register(Principals.SYSTEM,
                hazard().grade(HazardGrade.MAJOR).plan("厂长", "措施", "10万元", "预案").deadline(TODAY.plusDays(5)).build());
        hazards.transition(Principals.SYSTEM, h2.id(), assign("王五"));
        Hazard h3 = hazards.register(Principals.SYSTEM, hazard().enterprise(ENT_B)
                .registeredOn(LocalDate.of(2026, 5, 1)).deadline(LocalDate.of(2026, 6, 10)).build());

        assertThat(ids(search(Principals.SYSTEM, null, null, null, null, null))).containsExactly(h3.id(), h2.id(), h1.id());
        assertThat(search(Principals.SYSTEM, null, null, null, null, null).total()).isEqualTo(3);
        assertThat(ids(search(Principals.SYSTEM, HazardStatus.REGISTERED, null, null, null, null)))
                .containsExactly(h3.id(), h1.id());
        assertThat(ids(search(Principals.SYSTEM, HazardStatus.ASSIGNED, null, null, null, null))).containsExactly(h2.id());
        assertThat(ids(search(Principals.SYSTEM, null, HazardGrade.MAJOR, null, null, null))).containsExactly(h2.id());
        assertThat(ids(search(Principals.SYSTEM, null, HazardGrade.GENERAL, null, null, null)))
                .containsExactly(h3.id(), h1.id());
        assertThat(ids(search(Principals.SYSTEM, null, null, true, null, null))).containsExactly(h3.id());
        assertThat(ids(search(Principals.SYSTEM, null, null, false, null, null))).containsExactly(h2.id(), h1.id());
        assertThat(ids(search(Principals.SYSTEM, null, null, null, ENT_A, null))).containsExactly(h2.id(), h1.id());
        assertThat(ids(search(Principals.SYSTEM, null, null, null, ENT_B, null))).containsExactly(h3.id());
        assertThat(ids(search(Principals.SYSTEM, null, null, null, null, "330999001"))).containsExactly(h2.id(), h1.id());
        assertThat(ids(search(Principals.SYSTEM, null, null, null, null, TOWNSHIP_B))).containsExactly(h3.id());
        assertThat(ids(search(Principals.SYSTEM, HazardStatus.REGISTERED, HazardGrade.GENERAL, true, ENT_B, TOWNSHIP_B)))
                .containsExactly(h3.id());
        assertThat(ids(search(Principals.OFFICER_A, null, null, null, null, null))).containsExactly(h2.id(), h1.id());
        assertThat(ids(search(Principals.OFFICER_A, null, null, true, null, null))).isEmpty();

        Page<Hazard> rows = search(Principals.SYSTEM, null, null, true, null, null);
        assertThat(rows.items()).singleElement().satisfies(h -> {
            assertThat(h.overdue()).isTrue();
            assertThat(h.enterpriseName()).isEqualTo("西山机械厂");
            assertThat(h.history()).as("list rows carry no history").isEmpty();
        });
        Page<Hazard> paged = hazards.search(Principals.SYSTEM,
                new HazardQuery(null, null, null, null, null, null, new PageRequest(1, 1)));
        assertThat(ids(paged)).containsExactly(h2.id());
        assertThat(paged.total()).isEqualTo(3);
        assertThat(paged.totalExact()).isTrue();
        // by key, newest first: after the newest comes the rest; the last page has no next
        assertThat(paged.next()).isEqualTo(String.valueOf(h2.id()));
        Page<Hazard> afterNewest = hazards.search(Principals.SYSTEM,
                new HazardQuery(null, null, null, null, null, null, new PageRequest(0, 1, String.valueOf(h3.id()))));
        assertThat(ids(afterNewest)).containsExactly(h2.id());
        Page<Hazard> last = hazards.search(Principals.SYSTEM,
                new HazardQuery(null, null, null, null, null, null, new PageRequest(0, 5, afterNewest.next())));
        assertThat(ids(last)).containsExactly(h1.id());
        assertThat(last.next()).isNull();
        for (String bad : new String[] {"x", "-3", "0", "1e3"}) {
            assertThatThrownBy(() -> hazards.search(Principals.SYSTEM,
                    new HazardQuery(null, null, null, null, null, null, new PageRequest(0, 5, bad))))
                    .as(bad).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("after"));
        }
    }

    @Test
    void searchesThatFindNothingReturnAnEmptyPage() {
        hazards.register(Principals.SYSTEM, hazard().enterprise(ENT_B).build());

        Page<Hazard> foreign = search(Principals.OFFICER_A, null, null, null, null, null);
        assertThat(foreign.items()).isEmpty();
        assertThat(foreign.total()).isZero();
        assertThat(search(Principals.OFFICER_A, null, null, null, null, TOWNSHIP_B).total()).isZero();
        assertThat(search(Principals.SYSTEM, HazardStatus.CLOSED, null, null, null, null).total()).isZero();
        assertThat(search(Principals.SYSTEM, null, HazardGrade.MAJOR, null, null, null).total()).isZero();
        assertThat(search(Principals.SYSTEM, null, null, true, null, null).total()).isZero();
        assertThat(search(Principals.SYSTEM, null, null, null, ENT_A, null).total()).isZero();
        assertThat(search(Principals.SYSTEM, null, null, null, null, TOWNSHIP_A).total()).isZero();
        assertThatThrownBy(() -> search(Principals.SYSTEM, null, null, null, null, "33_"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("regionPrefix"));
    }

    // ------------------------------------------------------------------ escalation

    @Test
    void overdueHazardsEscalateOnceAndSubmittedOnesNever() throws Exception {
        Hazard twoDays = hazards.register(Principals.SYSTEM,
                hazard().registeredOn(LocalDate.of(2026, 6, 1)).deadline(TODAY.minusDays(2)).build());
        Hazard oneDay = hazards.register(Principals.SYSTEM,
                hazard().registeredOn(LocalDate.of(2026, 6, 1)).deadline(TODAY.minusDays(1)).build());
        Hazard thirtyOneDays = hazards.register(Principals.SYSTEM,
                hazard().enterprise(ENT_B).registeredOn(LocalDate.of(2026, 5, 1)).deadline(TODAY.minusDays(31)).build());
        Hazard dueToday = hazards.register(Principals.SYSTEM, hazard().deadline(TODAY).build());
        Hazard submitted = hazards.register(Principals.SYSTEM,
                hazard().registeredOn(LocalDate.of(2026, 5, 1)).deadline(TODAY.minusDays(31)).build());
        hazards.transition(Principals.SYSTEM, submitted.id(), assign("王五"));
        hazards.transition(Principals.SYSTEM, submitted.id(), TransitionRequest.of(HazardAction.START));
        Hazard submittedNow = hazards.transition(Principals.SYSTEM, submitted.id(), submit("照片"));
        assertThat(twoDays.overdue()).isTrue();
        assertThat(dueToday.overdue()).isFalse();
        assertThat(submittedNow.overdue()).as("a submitted hazard's clock stops").isFalse();
        events.clear();
        long outboxBefore = db.count("outbox");

        assertThat(hazards.escalateOverdue(TODAY)).isEqualTo(3);

        assertThat(supervision(twoDays)).isEqualTo(Supervision.SUPERVISED);
        assertThat(supervision(oneDay)).isEqualTo(Supervision.SUPERVISED);
        assertThat(supervision(thirtyOneDays)).isEqualTo(Supervision.LISTED);
        assertThat(supervision(dueToday)).isEqualTo(Supervision.NONE);
        assertThat(supervision(submitted)).isEqualTo(Supervision.NONE);
        assertThat(hazards.find(Principals.SYSTEM, submitted.id())).get().extracting(Hazard::version)
                .isEqualTo(submittedNow.version());

        Hazard supervised = hazards.find(Principals.SYSTEM, twoDays.id()).orElseThrow();
        assertThat(supervised.status()).isEqualTo(HazardStatus.REGISTERED);
        assertThat(supervised.version()).isEqualTo(1L);
        assertThat(supervised.history()).last().isEqualTo(new HazardTransition(NOW, Roles.SYSTEM, "SUPERVISE",
                HazardStatus.REGISTERED, HazardStatus.REGISTERED, "逾期2天: NONE → SUPERVISED"));
        Hazard listed = hazards.find(Principals.SYSTEM, thirtyOneDays.id()).orElseThrow();
        assertThat(listed.history()).hasSize(2).last().isEqualTo(new HazardTransition(NOW, Roles.SYSTEM, "LIST",
                HazardStatus.REGISTERED, HazardStatus.REGISTERED, "逾期31天: NONE → LISTED"));

        assertThat(db.count("outbox")).isEqualTo(outboxBefore + 3);
        assertThat(db.rows("SELECT event_type, idempotency_key FROM outbox WHERE record_id = ? ORDER BY id",
                String.valueOf(thirtyOneDays.id())))
                .extracting(r -> r.get("event_type") + " " + r.get("idempotency_key"))
                .containsExactly("HAZARD_REGISTERED hazard:" + thirtyOneDays.id() + ":0",
                        "HAZARD_LIST hazard:" + thirtyOneDays.id() + ":1");
        assertThat(db.rows("SELECT actor, action FROM audit_entry WHERE target_type = 'hazard' AND target_id = ?"
                + " ORDER BY id", String.valueOf(twoDays.id())))
                .extracting(r -> r.get("actor") + " " + r.get("action"))
                .containsExactly("test HAZARD_REGISTER", "system HAZARD_SUPERVISE");
        assertThat(events.published()).extracting(Published::eventType)
                .containsExactlyInAnyOrder("HAZARD_SUPERVISE", "HAZARD_SUPERVISE", "HAZARD_LIST");
        JsonNode listEvent = JSON.readTree(events.published().stream()
                .filter(p -> p.eventType().equals("HAZARD_LIST")).findFirst().orElseThrow().json());
        assertThat(listEvent.get("hazardId").asLong()).isEqualTo(thirtyOneDays.id());
        assertThat(listEvent.get("supervision").asText()).isEqualTo("LISTED");

        // a second run on the same day changes nothing
        Map<String, Long> before = db.snapshot();
        events.clear();
        assertThat(hazards.escalateOverdue(TODAY)).isZero();
        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(events.published()).isEmpty();

        // 30 days later the supervised ones and the one due today are listed; the submitted one is not touched
        assertThat(hazards.escalateOverdue(TODAY.plusDays(30))).isEqualTo(3);
        assertThat(supervision(twoDays)).isEqualTo(Supervision.LISTED);
        assertThat(supervision(oneDay)).isEqualTo(Supervision.LISTED);
        assertThat(supervision(dueToday)).isEqualTo(Supervision.LISTED);
        assertThat(supervision(submitted)).isEqualTo(Supervision.NONE);
        assertThat(hazards.find(Principals.SYSTEM, twoDays.id()).orElseThrow().history())
                .extracting(HazardTransition::action).containsExactly("REGISTER", "SUPERVISE", "LIST");
        assertThat(hazards.escalateOverdue(TODAY.plusDays(30))).isZero();
    }

    @Test
    void supervisionNeverGoesDownAndSurvivesTheLoop() {
        Hazard h = hazards.register(Principals.SYSTEM,
                hazard().registeredOn(LocalDate.of(2026, 6, 1)).deadline(TODAY.minusDays(3)).build());
        hazards.escalateOverdue(TODAY);
        hazards.transition(Principals.SYSTEM, h.id(), assign("王五"));
        hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.START));
        hazards.transition(Principals.SYSTEM, h.id(), submit("照片"));
        Hazard closed = hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.ACCEPT));

        assertThat(closed.supervision()).isEqualTo(Supervision.SUPERVISED);
        assertThat(closed.overdue()).isFalse();
        assertThat(hazards.escalateOverdue(TODAY.plusDays(60))).as("a closed hazard never escalates").isZero();
        assertThat(supervision(h)).isEqualTo(Supervision.SUPERVISED);
    }

    @Test
    void aRejectedHazardRunsOverdueAgain() {
        Hazard h = hazards.register(Principals.SYSTEM,
                hazard().registeredOn(LocalDate.of(2026, 6, 1)).deadline(TODAY.minusDays(5)).build());
        hazards.transition(Principals.SYSTEM, h.id(), assign("王五"));
        hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.START));
        hazards.transition(Principals.SYSTEM, h.id(), submit("照片"));
        assertThat(hazards.escalateOverdue(TODAY)).isZero();

        Hazard rejected = hazards.transition(Principals.SYSTEM, h.id(), reject("不合格"));

        assertThat(rejected.overdue()).isTrue();
        assertThat(hazards.escalateOverdue(TODAY)).isEqualTo(1);
        assertThat(supervision(h)).isEqualTo(Supervision.SUPERVISED);
    }

    @Test
    void categoriesAreThePlatformList() {
        assertThat(hazards.categories()).extracting(c -> c.code()).contains("FIRE", "CONFINED_SPACE", "OTHER")
                .doesNotHaveDuplicates();
        assertThat(hazards.policy()).isEqualTo(new EscalationPolicy(1, 30));
    }

    private static Supervision supervision(Hazard h) {
        return hazards.find(Principals.SYSTEM, h.id()).orElseThrow().supervision();
    }

    private static Page<Hazard> search(AnjianPrincipal caller, HazardStatus status, HazardGrade grade, Boolean overdue,
                                       String enterprise, String region) {
        return hazards.search(caller, new HazardQuery(status, grade, region, enterprise, overdue, null, ALL));
    }

    private static List<Long> ids(Page<Hazard> page) {
        return page.items().stream().map(Hazard::id).toList();
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // ------------------------------------------------------------------ hazards of a module's records

    @Test
    void resolveClosesTheHazardOfARecordThroughEveryLegalStepAndIsIdempotent() {
        Hazard h = hazards.register(Principals.SYSTEM, hazard().sourceRef("special-equipment", "overdue-e1-2026-05-01").build());
        assertThat(hazards.findBySource(Principals.OFFICER_A, "special-equipment", "overdue-e1-2026-05-01"))
                .get().extracting(Hazard::id).isEqualTo(h.id());
        assertThat(hazards.findBySource(Principals.OFFICER_B, "special-equipment", "overdue-e1-2026-05-01"))
                .as("outside the caller's township").isEmpty();

        Hazard closed = hazards.resolve(Principals.SYSTEM, "special-equipment", "overdue-e1-2026-05-01",
                "定期检验报告 TJ-2026-001 (2026-06-14)").orElseThrow();
        assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(closed.assignee()).isEqualTo("东城化工有限公司");
        assertThat(closed.evidence()).isEqualTo("定期检验报告 TJ-2026-001 (2026-06-14)");
        assertThat(closed.history()).extracting(HazardTransition::action)
                .containsExactly("REGISTER", "ASSIGN", "START", "SUBMIT", "ACCEPT");

        Hazard again = hazards.resolve(Principals.SYSTEM, "special-equipment", "overdue-e1-2026-05-01", "again")
                .orElseThrow();
        assertThat(again.history()).hasSize(5);
        assertThat(hazards.resolve(Principals.SYSTEM, "special-equipment", "no-such-record", "x")).isEmpty();
    }

    @Test
    void resolveContinuesFromWhereTheHazardStands() {
        Hazard h = hazards.register(Principals.SYSTEM, hazard().sourceRef("chemical-monitoring", "alarm-7").build());
        hazards.transition(Principals.SYSTEM, h.id(), assign("东城化工安全科"));
        hazards.transition(Principals.SYSTEM, h.id(), TransitionRequest.of(HazardAction.START));
        Hazard closed = hazards.resolve(Principals.SYSTEM, "chemical-monitoring", "alarm-7", "报警已消除").orElseThrow();
        assertThat(closed.assignee()).isEqualTo("东城化工安全科");
        assertThat(closed.history()).extracting(HazardTransition::action)
                .containsExactly("REGISTER", "ASSIGN", "START", "SUBMIT", "ACCEPT");
    }

    @Test
    void resolveRefusesBadInputAndReadersAndChangesNothing() {
        Hazard h = hazards.register(Principals.SYSTEM, hazard().sourceRef("chemical-monitoring", "alarm-8").build());
        assertThatThrownBy(() -> hazards.resolve(Principals.SYSTEM, "chemical-monitoring", "alarm-8", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> hazards.resolve(Principals.SYSTEM, "chemical-monitoring", "alarm-8",
                "长".repeat(TransitionRequest.NOTE_MAX + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> hazards.resolve(Principals.SYSTEM, null, "alarm-8", "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("sourceSystem"));
        assertThatThrownBy(() -> hazards.resolve(Principals.LEADER, "chemical-monitoring", "alarm-8", "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(hazards.find(Principals.SYSTEM, h.id()).orElseThrow().status()).isEqualTo(HazardStatus.REGISTERED);
    }
}
