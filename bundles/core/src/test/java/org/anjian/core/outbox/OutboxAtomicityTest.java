package org.anjian.core.outbox;

import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.PersistenceException;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.core.audit.AuditLog;
import org.anjian.core.enterprise.EnterpriseEntity;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.hazard.HazardServiceImpl;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.RecordingEventPublisher;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit of work commits the record, its audit entry and its outbox row together, or none of them. */
class OutboxAtomicityTest {

    private static final String CODE = CreditCode.withCheckCharacter("91330999000000301");

    private static TestDatabase db;
    private static Transactions tx;
    private static RegionServiceImpl regions;
    private final Outbox outbox = new Outbox(TestDatabase.CLOCK);
    private final AuditLog audit = new AuditLog(TestDatabase.CLOCK);

    @BeforeAll
    static void startDatabase() {
        db = TestDatabase.migrated(OutboxAtomicityTest.class);
        regions = db.loadRegions();
        tx = db.transactions();
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.deleteBusinessData();
    }

    static Enterprise record() {
        return new Enterprise(CODE, "东城化工有限公司", "2614", "东城路1号", VILLAGE_A, null, List.of("应急管理局"),
                RiskColour.RED, Assessment.GOOD, StandardizationGrade.LEVEL2, List.of(), null);
    }

    /** Persists the enterprise and flushes it, then writes audit and outbox like the services do. */
    private EnterpriseEntity persistWithAuditAndOutbox(Transactions.Work work) {
        EnterpriseEntity entity = new EnterpriseEntity(CODE, TestDatabase.NOW);
        entity.apply(record(), TestDatabase.NOW);
        work.em().persist(entity);
        work.em().flush();
        audit.record(work.em(), "test", "ENTERPRISE_CREATE", "enterprise", CODE, null, entity.toRecord());
        outbox.append(work.em(), "enterprise", CODE, entity.getVersion(), "ENTERPRISE_CREATED", VILLAGE_A,
                entity.toRecord());
        return entity;
    }

    @Test
    void aFailureAfterTheOutboxAppendLeavesNeitherRowNorOutboxRow() {
        List<String> afterCommit = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> tx.write(work -> {
            persistWithAuditAndOutbox(work);
            work.em().flush(); // the rows are in the database (uncommitted) ...
            work.afterCommit(() -> afterCommit.add("published"));
            throw boom; // ... when the unit of work fails
        })).isSameAs(boom);

        assertNothingWritten();
        assertThat(afterCommit).as("after-commit actions run only after a commit").isEmpty();
    }

    @Test
    void aFailureBeforeAnyFlushAlsoLeavesNothing() {
        assertThatThrownBy(() -> tx.write(work -> {
            EnterpriseEntity entity = new EnterpriseEntity(CODE, TestDatabase.NOW);
            entity.apply(record(), TestDatabase.NOW);
            work.em().persist(entity);
            outbox.append(work.em(), "enterprise", CODE, 0, "ENTERPRISE_CREATED", VILLAGE_A, record());
            throw new IllegalStateException("late failure");
        })).isInstanceOf(IllegalStateException.class);

        assertNothingWritten();
    }

    @Test
    void aDuplicateIdempotencyKeyRollsBackTheWholeUnit() {
        assertThatThrownBy(() -> tx.write(work -> {
            EnterpriseEntity entity = persistWithAuditAndOutbox(work);
            // the same record version again: violates uq_outbox_key when flushed
            outbox.append(work.em(), "enterprise", CODE, entity.getVersion(), "ENTERPRISE_CREATED", VILLAGE_A,
                    entity.toRecord());
            return entity;
        })).isInstanceOf(PersistenceException.class);

        assertNothingWritten();
    }

    @Test
    void aSuccessfulUnitCommitsAllRowsBeforeItsAfterCommitActionsRun() {
        List<Long> seenByAfterCommit = new ArrayList<>();
        List<String> order = new ArrayList<>();

        String result = tx.write(work -> {
            persistWithAuditAndOutbox(work);
            work.afterCommit(() -> seenByAfterCommit.add(db.count("outbox") + db.count("enterprise")));
            work.afterCommit(() -> {
                order.add("failing");
                throw new IllegalStateException("broker down");
            });
            work.afterCommit(() -> order.add("later"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(seenByAfterCommit).as("another connection sees both rows when the action runs").containsExactly(2L);
        assertThat(order).as("a failing after-commit action neither fails the call nor stops the others")
                .containsExactly("failing", "later");
        assertThat(db.rows("SELECT idempotency_key, record_version FROM outbox"))
                .containsExactly(Map.of("idempotency_key", "enterprise:" + CODE + ":0", "record_version", 0L));
        assertThat(db.count("audit_entry")).isEqualTo(1);
    }

    @Test
    void aServiceWhoseOutboxWriteFailsLeavesNoEnterprise() {
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(tx, TestDatabase.CLOCK, regions);
        db.execute("ALTER TABLE outbox ADD CONSTRAINT ck_test_no_created CHECK (event_type <> 'ENTERPRISE_CREATED')");
        try {
            assertThatThrownBy(() -> enterprises.create(Principals.SYSTEM, record()))
                    .isInstanceOf(PersistenceException.class);
        } finally {
            db.execute("ALTER TABLE outbox DROP CONSTRAINT ck_test_no_created");
        }

        assertNothingWritten();
        assertThat(enterprises.find(Principals.SYSTEM, CODE)).isEmpty();
        assertThat(enterprises.create(Principals.SYSTEM, record()).version()).isZero();
    }

    @Test
    void aHazardWhoseOutboxWriteFailsLeavesNoHazardNoHistoryAndNoEvent() {
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(tx, TestDatabase.CLOCK, regions);
        enterprises.create(Principals.SYSTEM, record());
        RecordingEventPublisher events = new RecordingEventPublisher();
        HazardServiceImpl hazards = new HazardServiceImpl(tx, TestDatabase.CLOCK, regions, events,
                new EscalationPolicy(1, 30));
        NewHazard hazard = new NewHazard(CODE, null, HazardSource.ENFORCEMENT, HazardGrade.GENERAL, "FIRE", "灭火器过期",
                TestDatabase.TODAY.plusDays(5), null, null, null, null, null, null, null);
        Map<String, Long> before = db.snapshot();
        db.execute("ALTER TABLE outbox ADD CONSTRAINT ck_test_no_hazard CHECK (record_type <> 'hazard')");
        try {
            assertThatThrownBy(() -> hazards.register(Principals.SYSTEM, hazard))
                    .isInstanceOf(PersistenceException.class);
        } finally {
            db.execute("ALTER TABLE outbox DROP CONSTRAINT ck_test_no_hazard");
        }

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(db.count("hazard")).isZero();
        assertThat(db.count("hazard_history")).isZero();
        assertThat(events.published()).isEmpty();
    }

    private static void assertNothingWritten() {
        assertThat(db.count("enterprise")).isZero();
        assertThat(db.count("enterprise_department")).isZero();
        assertThat(db.count("outbox")).isZero();
        assertThat(db.count("audit_entry")).isZero();
    }
}
