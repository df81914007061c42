package org.anjian.exchange.internal;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.exchange.spi.InboundRecord;
import org.anjian.exchange.spi.OutboxRecord;

/** The exchange's tables: run ledger, deliveries, backlog, dead letters, inbound records, peer state. */
public final class ExchangeStore {
    static final String RUNNING = "RUNNING";
    private static final String PENDING = "FROM outbox o WHERE o.id > ? AND NOT EXISTS"
            + " (SELECT 1 FROM exchange_delivery d WHERE d.peer = ? AND d.outbox_id = o.id)";
    private final ModuleDatabase db;
    private final Clock clock;

    public ExchangeStore(ModuleDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public ModuleDatabase database() {
        return db;
    }

    Instant now() {
        return clock.instant();
    }

    private Timestamp nowTs() {
        return Timestamp.from(now());
    }

    // ---------------------------------------------------------------- runs

    public long startRun(String peer, String direction, String trigger) {
        return db.write(s -> Jdbc.insert(s.connection(), "INSERT INTO exchange_run (peer, direction, run_trigger,"
                + " started_at, status, sent, acknowledged, failed, dead, skipped) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0)",
                peer, direction, trigger, nowTs(), RUNNING));
    }

    /** Marks runs left RUNNING by a container that stopped during them. */
    public int abortStaleRuns(String reason) {
        return db.write(s -> Jdbc.update(s.connection(),
                "UPDATE exchange_run SET status = 'ABORTED', ended_at = ?, error = ? WHERE status = ?",
                nowTs(), reason, RUNNING));
    }

    public void finishRun(long runId, String status, long failed, String digest, String error) {
        db.write(s -> Jdbc.update(s.connection(),
                "UPDATE exchange_run SET status = ?, ended_at = ?, failed = ?, digest = ?, error = ? WHERE id = ?",
                status, nowTs(), failed, digest, error == null ? null : truncate(error, 1000), runId));
    }

    public Page<ExchangeRun> runs(String peer, int offset, int limit) {
        return db.read(s -> page(s.connection(), "exchange_run", peer == null ? List.of() : List.of(peer),
                peer == null ? "" : " WHERE peer = ?", offset, limit, ExchangeStore::run));
    }

    public Optional<ExchangeRun> run(long id) {
        return db.read(s -> Jdbc.one(s.connection(), "SELECT * FROM exchange_run WHERE id = ?", ExchangeStore::run, id));
    }

    private static ExchangeRun run(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new ExchangeRun(rs.getLong("id"), rs.getString("peer"), rs.getString("direction"), rs.getString("run_trigger"),
                rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
                rs.getString("status"), rs.getLong("sent"), rs.getLong("acknowledged"), rs.getLong("failed"),
                rs.getLong("dead"), rs.getLong("skipped"), rs.getString("digest"), rs.getString("error"));
    }

    /** Adds to a run's counter ({@code sent}, {@code acknowledged}, {@code dead}). */
    private void add(long runId, String counter, long n) {
        db.write(s -> Jdbc.update(s.connection(), "UPDATE exchange_run SET " + counter + " = " + counter + " + ? WHERE id = ?",
                n, runId));
    }

    /** Counts sends that got no receipt (the run's counters survive a crash up to the last batch). */
    public void countSent(long runId, long sent) {
        add(runId, "sent", sent);
    }

    /** Records what an inbound run received. */
    public void countReceived(long runId, long received) {
        add(runId, "acknowledged", received);
    }

    public void countDead(long runId, long dead) {
        add(runId, "dead", dead);
    }

    // ---------------------------------------------------------------- backlog

    public long lowWater(String peer) {
        return db.read(s -> lowWater(s.connection(), peer));
    }

    private static long lowWater(Connection c, String peer) throws SQLException {
        Long low = Jdbc.number(c, "SELECT low_water FROM exchange_cursor WHERE peer = ?", peer);
        return low == null ? 0L : low;
    }

    /**
     * The next outbox rows after {@code afterId} that have no delivery for the peer, in id order. Keyset
     * paging: memory stays bounded by {@code limit} whatever the backlog.
     */
    public List<OutboxRecord> pending(String peer, long afterId, int limit) {
        return pending(peer, "", afterId, limit);
    }

    /**
     * The conditions of a peer's backlog ({@code o.id > ? AND no delivery for ?}), and for a peer with a region scope
     * {@code AND o.region_code LIKE ?}: the rows outside its scope are never its to take.
     */
    private static String pendingFrom(String scope) {
        return PENDING + (scope.isEmpty() ? "" : " AND o.region_code LIKE ?");
    }

    private static Object[] pendingParams(String scope, Object... leading) {
        if (scope.isEmpty()) {
            return leading;
        }
        Object[] all = java.util.Arrays.copyOf(leading, leading.length + 1);
        all[leading.length] = requireDigits(scope) + "%";
        return all;
    }

    private static String requireDigits(String scope) {
        if (!scope.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("a region scope is digits: " + scope);
        }
        return scope;
    }

    /** {@link #pending(String, long, int)} for a peer that takes the records of {@code scope} only ("" = all). */
    public List<OutboxRecord> pending(String peer, String scope, long afterId, int limit) {
        return db.read(s -> {
            List<OutboxRecord> out = new ArrayList<>(limit);
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT o.id, o.created_at, o.record_type,"
                    + " o.record_id, o.record_version, o.event_type, o.idempotency_key, o.region_code, o.payload "
                    + pendingFrom(scope) + " ORDER BY o.id FETCH FIRST ? ROWS ONLY")) {
                Object[] params = pendingParams(scope, afterId, peer);
                Object[] withLimit = java.util.Arrays.copyOf(params, params.length + 1);
                withLimit[params.length] = limit;
                Jdbc.bind(ps, withLimit);
                ps.setFetchSize(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    public long pendingCount(String peer) {
        return pendingCount(peer, "");
    }

    public long pendingCount(String peer, String scope) {
        return db.read(s -> Jdbc.number(s.connection(), "SELECT COUNT(*) " + pendingFrom(scope),
                pendingParams(scope, lowWater(s.connection(), peer), peer)));
    }

    /**
     * Moves the peer's low-water mark up to just below its first unsettled row, but never past rows younger
     * than the commit lag: a transaction still open may hold a lower id than rows already visible.
     */
    public void advanceLowWater(String peer, Duration commitLag) {
        advanceLowWater(peer, "", commitLag);
    }

    /** {@link #advanceLowWater(String, Duration)} for a peer with a region scope: rows outside it do not hold it back. */
    public void advanceLowWater(String peer, String scope, Duration commitLag) {
        db.write(s -> {
            Connection c = s.connection();
            long low = lowWater(c, peer);
            Long firstPending = Jdbc.number(c, "SELECT MIN(o.id) " + pendingFrom(scope), pendingParams(scope, low, peer));
            Long old = Jdbc.number(c, "SELECT MAX(id) FROM outbox WHERE id > ? AND created_at < ?", low,
                    Timestamp.from(now().minus(commitLag)));
            long settledOld = old == null ? low : old;
            long next = firstPending == null ? settledOld : Math.min(settledOld, firstPending - 1);
            if (next > low) {
                Jdbc.updateOrInsert(c, "UPDATE exchange_cursor SET low_water = ? WHERE peer = ?", new Object[] {next, peer},
                        "INSERT INTO exchange_cursor (peer, low_water) VALUES (?, ?)", new Object[] {peer, next});
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- retention

    /** What one retention pass removed: outbox rows, their deliveries, and up to which outbox id. */
    public record Purged(long outboxRows, long deliveries, long upToId) {
    }

    private static final String PURGEABLE = "FROM outbox o WHERE o.id <= ? AND o.created_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM exchange_dead_letter l WHERE l.outbox_id = o.id)";

    /**
     * Deletes settled outbox rows older than {@code retention} and their deliveries, in batches of {@code batch}
     * rows, each batch in its own transaction with an audit entry. Settled means at or below the low-water mark of
     * every peer in {@code peers} and of every peer that ever had a mark (a peer configured now without a mark yet
     * keeps everything; one removed since keeps what it has not had, until its cursor row is deleted); a row a
     * dead letter refers to stays (a replay needs it). The audit log itself is never purged.
     */
    public Purged purgeSettled(List<String> peers, Duration retention, int batch) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retentionDays must be 0 or more, not " + retention.toDays());
        }
        if (batch < 1) {
            throw new IllegalArgumentException("retentionBatch must be 1 or more, not " + batch);
        }
        if (peers.isEmpty()) {
            return new Purged(0, 0, 0);
        }
        Timestamp before = Timestamp.from(now().minus(retention));
        long rows = 0;
        long deliveries = 0;
        long upTo = 0;
        while (true) {
            Purged one = db.write(s -> {
                Connection c = s.connection();
                java.util.Set<String> all = new java.util.TreeSet<>(peers);
                all.addAll(Jdbc.list(c, "SELECT peer FROM exchange_cursor", rs -> rs.getString(1)));
                long settled = Long.MAX_VALUE;
                for (String peer : all) {
                    settled = Math.min(settled, lowWater(c, peer));
                }
                // the id of the batch-th purgeable row (or the last one): the batch is every purgeable id up to it
                Long last = Jdbc.number(c, "SELECT MAX(id) FROM (SELECT o.id " + PURGEABLE
                        + " ORDER BY o.id FETCH FIRST ? ROWS ONLY) b", settled, before, batch);
                if (last == null) {
                    return null;
                }
                long gone = Jdbc.update(c, "DELETE FROM exchange_delivery WHERE outbox_id IN (SELECT o.id " + PURGEABLE
                        + " AND o.id <= ?)", settled, before, last);
                long removed = Jdbc.update(c, "DELETE FROM outbox WHERE id IN (SELECT o.id " + PURGEABLE
                        + " AND o.id <= ?)", settled, before, last);
                s.audit("system:exchange-retention", "EXCHANGE_RETENTION_PURGE", "outbox", "..." + last, null,
                        java.util.Map.of("outboxRows", removed, "deliveries", gone, "olderThan", before.toInstant().toString()));
                return new Purged(removed, gone, last);
            });
            if (one == null) {
                return new Purged(rows, deliveries, upTo);
            }
            rows += one.outboxRows();
            deliveries += one.deliveries();
            upTo = one.upToId();
        }
    }

    // ---------------------------------------------------------------- settling a batch

    /** A settled record of a batch. */
    public record Settled(OutboxRecord record, String outcome, String reason, String field) {
    }

    /**
     * In one transaction: the deliveries of the batch, its dead letters and the run's counters. Returns the
     * ids of the dead letters written (to publish on the broker after the commit).
     */
    public List<Long> settle(String peer, long runId, List<Settled> settled, long sent) {
        return db.write(s -> {
            Connection c = s.connection();
            Timestamp at = nowTs();
            long acked = 0;
            long dead = 0;
            long skipped = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_delivery (peer, outbox_id, outcome, run_id,"
                    + " settled_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Settled r : settled) {
                    Jdbc.bind(ps, peer, r.record().id(), r.outcome(), runId, at);
                    ps.addBatch();
                    switch (r.outcome()) {
                        case "ACCEPTED", "DUPLICATE" -> acked++;
                        case "REJECTED" -> dead++;
                        default -> skipped++;
                    }
                }
                ps.executeBatch();
            }
            List<Long> deadIds = new ArrayList<>();
            for (Settled r : settled) {
                if ("REJECTED".equals(r.outcome())) {
                    OutboxRecord o = r.record();
                    deadIds.add(Jdbc.insert(c, "INSERT INTO exchange_dead_letter (peer, outbox_id, idempotency_key,"
                                    + " record_type, record_id, region_code, reason, field, run_id, dead_at, status, published)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', FALSE)",
                            peer, o.id(), o.idempotencyKey(), o.recordType(), o.recordId(), o.regionCode(),
                            truncate(r.reason() == null ? "rejected" : r.reason(), 1000),
                            r.field() == null ? null : truncate(r.field(), 256), runId, at));
                }
            }
            Jdbc.update(c, "UPDATE exchange_run SET sent = sent + ?, acknowledged = acknowledged + ?, dead = dead + ?,"
                    + " skipped = skipped + ? WHERE id = ?", sent, acked, dead, skipped, runId);
            return deadIds;
        });
    }

    // ---------------------------------------------------------------- dead letters

    public Page<DeadLetter> deadLetters(String peer, String status, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (peer != null) {
            where.append(" AND peer = ?");
            args.add(peer);
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        return db.read(s -> page(s.connection(), "exchange_dead_letter", args, where.toString(), offset, limit,
                ExchangeStore::deadLetter));
    }

    public Optional<DeadLetter> deadLetter(long id) {
        return db.read(s -> Jdbc.one(s.connection(), "SELECT * FROM exchange_dead_letter WHERE id = ?",
                ExchangeStore::deadLetter, id));
    }

    /** Dead letters written but not yet on the broker (a crash between commit and publish). */
    public List<DeadLetter> unpublishedDeadLetters(int limit) {
        return db.read(s -> Jdbc.list(s.connection(),
                "SELECT * FROM exchange_dead_letter WHERE published = FALSE ORDER BY id FETCH FIRST ? ROWS ONLY",
                ExchangeStore::deadLetter, limit));
    }

    public void markPublished(long deadLetterId) {
        db.write(s -> Jdbc.update(s.connection(), "UPDATE exchange_dead_letter SET published = TRUE WHERE id = ?",
                deadLetterId));
    }

    /**
     * Queues an open dead letter again: its delivery row goes, so the record is back in the backlog. Returns
     * false when the dead letter was no longer open (replayed concurrently).
     */
    public boolean replay(DeadLetter letter, String by) {
        return db.write(s -> {
            Connection c = s.connection();
            if (Jdbc.update(c, "UPDATE exchange_dead_letter SET status = 'REPLAYED', replayed_at = ?, replayed_by = ?"
                    + " WHERE id = ? AND status = 'OPEN'", nowTs(), by, letter.id()) == 0) {
                return false;
            }
            Jdbc.update(c, "DELETE FROM exchange_delivery WHERE peer = ? AND outbox_id = ? AND outcome = 'REJECTED'",
                    letter.peer(), letter.outboxId());
            Jdbc.update(c, "UPDATE exchange_cursor SET low_water = ? WHERE peer = ? AND low_water >= ?",
                    letter.outboxId() - 1, letter.peer(), letter.outboxId());
            return true;
        });
    }

    public long openDeadLetters(String peer) {
        return db.read(s -> Jdbc.number(s.connection(),
                "SELECT COUNT(*) FROM exchange_dead_letter WHERE peer = ? AND status = 'OPEN'", peer));
    }

    private static DeadLetter deadLetter(ResultSet rs) throws SQLException {
        Timestamp replayed = rs.getTimestamp("replayed_at");
        return new DeadLetter(rs.getLong("id"), rs.getString("peer"), rs.getLong("outbox_id"),
                rs.getString("idempotency_key"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("region_code"), rs.getString("reason"), rs.getString("field"), rs.getLong("run_id"),
                rs.getTimestamp("dead_at").toInstant(), rs.getString("status"),
                replayed == null ? null : replayed.toInstant(), rs.getString("replayed_by"));
    }

    // ---------------------------------------------------------------- inbound and peer state

    public Optional<String> state(String peer, String name) {
        return db.read(s -> Jdbc.one(s.connection(),
                "SELECT state_value FROM exchange_peer_state WHERE peer = ? AND name = ?", rs -> rs.getString(1), peer, name));
    }

    public void saveState(String peer, String name, String value) {
        Timestamp at = nowTs();
        db.write(s -> {
            Jdbc.updateOrInsert(s.connection(),
                    "UPDATE exchange_peer_state SET state_value = ?, updated_at = ? WHERE peer = ? AND name = ?",
                    new Object[] {value, at, peer, name},
                    "INSERT INTO exchange_peer_state (peer, name, state_value, updated_at) VALUES (?, ?, ?, ?)",
                    new Object[] {peer, name, value, at});
            return null;
        });
    }

    public InboundRecord upsertInbound(String sourceSystem, String recordType, String sourceId, String raw) {
        Timestamp at = nowTs();
        db.write(s -> {
            Jdbc.updateOrInsert(s.connection(), "UPDATE exchange_inbound SET raw_payload = ?, record_type = ?,"
                            + " receive_count = receive_count + 1, last_received_at = ? WHERE source_system = ? AND source_id = ?",
                    new Object[] {raw, recordType, at, sourceSystem, sourceId},
                    "INSERT INTO exchange_inbound (source_system, source_id, record_type, raw_payload, receive_count,"
                            + " first_received_at, last_received_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
                    new Object[] {sourceSystem, sourceId, recordType, raw, at, at});
            return null;
        });
        return inbound(sourceSystem, sourceId).orElseThrow();
    }

    public void linkHazard(String sourceSystem, String sourceId, long hazardId) {
        db.write(s -> Jdbc.update(s.connection(),
                "UPDATE exchange_inbound SET hazard_id = ? WHERE source_system = ? AND source_id = ?",
                hazardId, sourceSystem, sourceId));
    }

    public Optional<InboundRecord> inbound(String sourceSystem, String sourceId) {
        return db.read(s -> Jdbc.one(s.connection(),
                "SELECT * FROM exchange_inbound WHERE source_system = ? AND source_id = ?", rs -> {
                    long hazard = rs.getLong("hazard_id");
                    boolean noHazard = rs.wasNull();
                    return new InboundRecord(rs.getString("source_system"), rs.getString("source_id"),
                            rs.getString("record_type"), rs.getString("raw_payload"), noHazard ? null : hazard,
                            rs.getInt("receive_count"), rs.getTimestamp("first_received_at").toInstant(),
                            rs.getTimestamp("last_received_at").toInstant());
                }, sourceSystem, sourceId));
    }

    /** A page of a table, newest first: the total under {@code where} and the rows at offset/limit. */
    private static <T> Page<T> page(Connection c, String table, List<Object> args, String where, int offset, int limit,
                                    Jdbc.RowMapper<T> row) throws SQLException {
        long total = Jdbc.number(c, "SELECT COUNT(*) FROM " + table + where, args.toArray());
        List<Object> all = new ArrayList<>(args);
        all.add(offset);
        all.add(limit);
        return new Page<>(Jdbc.list(c, "SELECT * FROM " + table + where + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                row, all.toArray()), total);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
