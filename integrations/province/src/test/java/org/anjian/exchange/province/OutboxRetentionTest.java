package org.anjian.exchange.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.anjian.exchange.internal.ExchangeStore;
import org.anjian.exchange.internal.OutboxRetentionJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention policy of the outbox and the deliveries, against the real exchange tables after a real run to the
 * shipped simulator: only what every peer settled and is old enough goes, in audited batches; a dead letter's row,
 * the backlog of a peer that has not caught up, the ledger and the audit log stay.
 */
class OutboxRetentionTest {
    private ExchangeFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new ExchangeFixture(OutboxRetentionTest.class, 0);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void settledRowsOlderThanTheRetentionGoInAuditedBatchesAndNothingElseDoes() throws Exception {
        for (int i = 1; i <= 23; i++) {
            f.enterprise(i);
        }
        f.outboxRow("enterprise", "broken", 0, TestDatabase.VILLAGE_A, "not json"); // a dead letter
        ExchangeRun run = f.service.runNow(Principals.ADMIN, "province");
        assertThat(run.acknowledged()).isEqualTo(23);
        assertThat(run.dead()).isEqualTo(1);
        long audits = f.db.count("audit_entry");
        long runs = f.db.count("exchange_run");

        // ten days later the low-water mark has passed every row (the commit lag is over)
        ExchangeStore later = new ExchangeStore(f.store.database(), Clock.offset(TestDatabase.CLOCK, Duration.ofDays(10)));
        later.advanceLowWater("province", Duration.ofMinutes(5));
        assertThat(later.lowWater("province")).isEqualTo(f.db.queryCount("SELECT MAX(id) FROM outbox"));

        // younger than the retention: kept
        assertThat(later.purgeSettled(List.of("province"), Duration.ofDays(30), 7).outboxRows()).isZero();
        // a second peer configured now, with no mark yet: everything is still in its backlog, kept
        assertThat(later.purgeSettled(List.of("province", "insurer-picc"), Duration.ofDays(7), 7).outboxRows()).isZero();
        assertThat(f.db.count("outbox")).isEqualTo(24);

        ExchangeStore.Purged purged = later.purgeSettled(List.of("province"), Duration.ofDays(7), 7);

        assertThat(purged.outboxRows()).isEqualTo(23);
        assertThat(purged.deliveries()).isEqualTo(23);
        // the dead letter's row stays (a replay needs it), with its delivery; the dead letter itself too
        assertThat(f.db.rows("SELECT record_id FROM outbox")).singleElement()
                .satisfies(r -> assertThat(r.get("record_id")).isEqualTo("broken"));
        assertThat(f.db.count("exchange_delivery")).isEqualTo(1);
        assertThat(f.db.count("exchange_dead_letter")).isEqualTo(1);
        // four batches of at most 7 rows, each audited; the ledger and the earlier audit entries untouched
        assertThat(f.db.count("audit_entry")).isEqualTo(audits + 4);
        assertThat(f.db.queryCount("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXCHANGE_RETENTION_PURGE'"
                + " AND actor = 'system:exchange-retention'")).isEqualTo(4);
        assertThat(f.db.count("exchange_run")).isEqualTo(runs);
        // nothing comes back into the backlog, and the next run sends nothing
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).isZero();
        assertThat(f.service.runNow(Principals.ADMIN, "province").sent()).isZero();
        // a second pass finds nothing more
        assertThat(later.purgeSettled(List.of("province"), Duration.ofDays(7), 7).outboxRows()).isZero();
    }

    @Test
    void aPeerThatHadAMarkKeepsWhatItHasNotHadEvenWhenItIsNotConfiguredNow() throws Exception {
        for (int i = 1; i <= 5; i++) {
            f.enterprise(i);
        }
        f.service.runNow(Principals.ADMIN, "province");
        ExchangeStore later = new ExchangeStore(f.store.database(), Clock.offset(TestDatabase.CLOCK, Duration.ofDays(10)));
        later.advanceLowWater("province", Duration.ofMinutes(5));
        // a peer removed since, whose cursor stayed at 0
        f.db.execute("INSERT INTO exchange_cursor (peer, low_water) VALUES ('grid-old', 0)");

        assertThat(later.purgeSettled(List.of("province"), Duration.ofDays(1), 100).outboxRows()).isZero();
        assertThat(f.db.count("outbox")).isEqualTo(5);
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new OutboxRetentionJob(f.store, List::of, Duration.ofDays(-1), 10, Duration.ofHours(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retentionDays");
        assertThatThrownBy(() -> new OutboxRetentionJob(f.store, List::of, Duration.ofDays(1), 0, Duration.ofHours(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retentionBatch");
        assertThatThrownBy(() -> new OutboxRetentionJob(f.store, List::of, Duration.ofDays(1), 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retentionIntervalMinutes");
    }

    @Test
    void theJobSaysWhatItDid() throws Exception {
        f.enterprise(1);
        f.service.runNow(Principals.ADMIN, "province");
        // an hour later, with no retention beyond settlement
        ExchangeStore later = new ExchangeStore(f.store.database(), Clock.offset(TestDatabase.CLOCK, Duration.ofHours(1)));
        OutboxRetentionJob job = new OutboxRetentionJob(later, () -> List.of("province"), Duration.ZERO, 10,
                Duration.ofHours(6));
        assertThat(job.name()).isEqualTo("exchange.outbox-retention");
        assertThat(job.firstRun()).isEqualTo(Duration.ofMinutes(10));
        // the low-water mark has not moved past the row yet (runs move it): not settled, kept
        assertThat(job.run(TestDatabase.CLOCK)).startsWith("nothing settled");
        later.advanceLowWater("province", Duration.ofMinutes(5));
        assertThat(job.run(TestDatabase.CLOCK)).contains("deleted 1 outbox rows").contains("1 deliveries");
    }
}
