package org.anjian.core.persistence;

import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.core.enterprise.EnterpriseEntity;
import org.anjian.core.system.DataLoadsImpl;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each test gets its own database: a leaked transaction must not spill into the next test. */
class TransactionsTest {

    private static final String CODE = CreditCode.withCheckCharacter("91330999000000401");

    private TestDatabase db;
    private Transactions tx;

    @BeforeEach
    void startDatabase() {
        db = TestDatabase.migrated(TransactionsTest.class);
        db.loadRegions();
        db.failFastOnLocks(); // fail fast if a lock is left behind
        tx = db.transactions();
    }

    @AfterEach
    void stopDatabase() {
        db.close();
    }

    private static String persistEnterprise(Transactions.Work work) {
        EnterpriseEntity entity = new EnterpriseEntity(CODE, TestDatabase.NOW);
        entity.apply(new Enterprise(CODE, "东城化工有限公司", "2614", "东城路1号", VILLAGE_A, null, List.of(), RiskColour.RED,
                null, null, List.of(), null), TestDatabase.NOW);
        work.em().persist(entity);
        work.em().flush();
        return entity.getCreditCode();
    }

    @Test
    void writeCommitsAndClosesTheEntityManager() {
        List<EntityManager> used = new ArrayList<>();
        String code = tx.write(work -> {
            used.add(work.em());
            return persistEnterprise(work);
        });

        assertThat(code).isEqualTo(CODE);
        assertThat(db.count("enterprise")).isEqualTo(1);
        assertThat(used).singleElement().satisfies(em -> assertThat(em.isOpen()).isFalse());
    }

    @Test
    void aRuntimeExceptionRollsBackAndReleasesTheConnection() {
        assertThatThrownBy(() -> tx.write(work -> {
            persistEnterprise(work);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(db.count("enterprise")).isZero();
        // the same key can be written at once: no lock was left behind
        String code = tx.write(TransactionsTest::persistEnterprise);
        assertThat(code).isEqualTo(CODE);
    }

    @Test
    void readRunsOutsideAnyWriteAndClosesTheEntityManager() {
        List<EntityManager> used = new ArrayList<>();
        long count = tx.read(em -> {
            used.add(em);
            return em.createQuery("select count(e) from EnterpriseEntity e", Long.class).getSingleResult();
        });
        assertThat(count).isZero();
        assertThat(used.get(0).isOpen()).isFalse();
    }

    @Test
    void dataLoadsAreRecordedOnce() {
        DataLoadsImpl loads = new DataLoadsImpl(tx, TestDatabase.CLOCK);
        assertThat(loads.loadedAt("demo")).isEmpty();
        assertThat(loads.markLoaded("demo", "test", "x".repeat(2500))).isTrue();
        assertThat(loads.markLoaded("demo", "other", null)).isFalse();
        assertThat(loads.loadedAt("demo")).contains(TestDatabase.NOW);
        // LENGTH is a BIGINT on H2 and an INTEGER on PostgreSQL
        assertThat(db.rows("SELECT loaded_by, CAST(LENGTH(details) AS BIGINT) AS len FROM data_load"))
                .containsExactly(java.util.Map.of("loaded_by", "test", "len", 2000L));
    }

    /**
     * Regression (fixed): Transactions.write catches only RuntimeException. When the unit of work throws an Error
     * (AssertionError, StackOverflowError, NoClassDefFoundError after a bundle refresh, ...) the transaction is
     * neither rolled back nor ended; em.close() with an active resource-local transaction keeps the
     * persistence context and its JDBC connection. The connection leaks with its locks held, so the next
     * write of the same rows waits for the lock and times out.
     */
    @Test
    void anErrorRollsBackAndReleasesTheConnection() {
        assertThatThrownBy(() -> tx.write(work -> {
            persistEnterprise(work);
            throw new AssertionError("an Error, not a RuntimeException");
        })).isInstanceOf(AssertionError.class);

        assertThat(db.count("enterprise")).isZero();
        String code = tx.write(TransactionsTest::persistEnterprise);
        assertThat(code).isEqualTo(CODE);
    }
}
