package org.anjian.exchange.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    // ---------------------------------------------------------------- runs

    public long startRun(String peer, String direction, String trigger) {
        return db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "INSERT INTO exchange_run (peer, direction, run_trigger, started_at, status, sent, acknowledged, failed,"
                            + " dead, skipped) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, peer);
                ps.setString(2, direction);
                ps.setString(3, trigger);
                ps.setTimestamp(4, Timestamp.from(now()));
                ps.setString(5, RUNNING);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Marks runs left RUNNING by a container that stopped during them. */
    public int abortStaleRuns(String reason) {
        return db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "UPDATE exchange_run SET status = 'ABORTED', ended_at = ?, error = ? WHERE status = ?")) {
                ps.setTimestamp(1, Timestamp.from(now()));
                ps.setString(2, reason);
                ps.setString(3, RUNNING);
                return ps.executeUpdate();
            }
        });
    }

    public void finishRun(long runId, String status, long failed, String digest, String error) {
        db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "UPDATE exchange_run SET status = ?, ended_at = ?, failed = ?, digest = ?, error = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setTimestamp(2, Timestamp.from(now()));
                ps.setLong(3, failed);
                ps.setString(4, digest);
                ps.setString(5, error == null ? null : truncate(error, 1000));
                ps.setLong(6, runId);
                return ps.executeUpdate();
            }
        });
    }

    public Page<ExchangeRun> runs(String peer, int offset, int limit) {
        return db.read(s -> {
            String where = peer == null ? "" : " WHERE peer = ?";
            long total;
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT COUNT(*) FROM exchange_run" + where)) {
                if (peer != null) {
                    ps.setString(1, peer);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ExchangeRun> items = new ArrayList<>();
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT * FROM exchange_run" + where
                    + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 1;
                if (peer != null) {
                    ps.setString(i++, peer);
                }
                ps.setInt(i++, offset);
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(run(rs));
                    }
                }
            }
            return new Page<>(items, total);
        });
    }

    public Optional<ExchangeRun> run(long id) {
        return db.read(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT * FROM exchange_run WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(run(rs)) : Optional.empty();
                }
            }
        });
    }

    private static ExchangeRun run(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new ExchangeRun(rs.getLong("id"), rs.getString("peer"), rs.getString("direction"), rs.getString("run_trigger"),
                rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
                rs.getString("status"), rs.getLong("sent"), rs.getLong("acknowledged"), rs.getLong("failed"),
                rs.getLong("dead"), rs.getLong("skipped"), rs.getString("digest"), rs.getString("error"));
    }

    // ---------------------------------------------------------------- backlog

    public long lowWater(String peer) {
        return db.read(s -> lowWater(s.connection(), peer));
    }

    private static long lowWater(Connection c, String peer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT low_water FROM exchange_cursor WHERE peer = ?")) {
            ps.setString(1, peer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    /**
     * The next outbox rows after {@code afterId} that have no delivery for the peer, in id order. Keyset
     * paging: memory stays bounded by {@code limit} whatever the backlog.
     */
    public List<OutboxRecord> pending(String peer, long afterId, int limit) {
        return db.read(s -> {
            List<OutboxRecord> out = new ArrayList<>(limit);
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "SELECT o.id, o.created_at, o.record_type, o.record_id, o.record_version, o.event_type,"
                            + " o.idempotency_key, o.region_code, o.payload FROM outbox o WHERE o.id > ? AND NOT EXISTS"
                            + " (SELECT 1 FROM exchange_delivery d WHERE d.peer = ? AND d.outbox_id = o.id)"
                            + " ORDER BY o.id FETCH FIRST ? ROWS ONLY")) {
                ps.setLong(1, afterId);
                ps.setString(2, peer);
                ps.setInt(3, limit);
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
        return db.read(s -> {
            long low = lowWater(s.connection(), peer);
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT COUNT(*) FROM outbox o WHERE o.id > ?"
                    + " AND NOT EXISTS (SELECT 1 FROM exchange_delivery d WHERE d.peer = ? AND d.outbox_id = o.id)")) {
                ps.setLong(1, low);
                ps.setString(2, peer);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Moves the peer's low-water mark up to just below its first unsettled row, but never past rows younger
     * than the commit lag: a transaction still open may hold a lower id than rows already visible.
     */
    public void advanceLowWater(String peer, Duration commitLag) {
        db.write(s -> {
            Connection c = s.connection();
            long low = lowWater(c, peer);
            Long firstPending = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(o.id) FROM outbox o WHERE o.id > ? AND NOT EXISTS"
                    + " (SELECT 1 FROM exchange_delivery d WHERE d.peer = ? AND d.outbox_id = o.id)")) {
                ps.setLong(1, low);
                ps.setString(2, peer);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long v = rs.getLong(1);
                        firstPending = rs.wasNull() ? null : v;
                    }
                }
            }
            long settledOld;
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM outbox WHERE id > ? AND created_at < ?")) {
                ps.setLong(1, low);
                ps.setTimestamp(2, Timestamp.from(now().minus(commitLag)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    settledOld = rs.wasNull() ? low : v;
                }
            }
            long next = firstPending == null ? settledOld : Math.min(settledOld, firstPending - 1);
            if (next > low) {
                int updated;
                try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_cursor SET low_water = ? WHERE peer = ?")) {
                    ps.setLong(1, next);
                    ps.setString(2, peer);
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO exchange_cursor (peer, low_water) VALUES (?, ?)")) {
                        ps.setString(1, peer);
                        ps.setLong(2, next);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
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
            Timestamp at = Timestamp.from(now());
            long acked = 0;
            long dead = 0;
            long skipped = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_delivery (peer, outbox_id, outcome, run_id,"
                    + " settled_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Settled r : settled) {
                    ps.setString(1, peer);
                    ps.setLong(2, r.record().id());
                    ps.setString(3, r.outcome());
                    ps.setLong(4, runId);
                    ps.setTimestamp(5, at);
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
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_dead_letter (peer, outbox_id, idempotency_key,"
                    + " record_type, record_id, region_code, reason, field, run_id, dead_at, status, published)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', FALSE)", Statement.RETURN_GENERATED_KEYS)) {
                for (Settled r : settled) {
                    if (!"REJECTED".equals(r.outcome())) {
                        continue;
                    }
                    OutboxRecord o = r.record();
                    ps.setString(1, peer);
                    ps.setLong(2, o.id());
                    ps.setString(3, o.idempotencyKey());
                    ps.setString(4, o.recordType());
                    ps.setString(5, o.recordId());
                    ps.setString(6, o.regionCode());
                    ps.setString(7, truncate(r.reason() == null ? "rejected" : r.reason(), 1000));
                    ps.setString(8, r.field() == null ? null : truncate(r.field(), 256));
                    ps.setLong(9, runId);
                    ps.setTimestamp(10, at);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        deadIds.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_run SET sent = sent + ?, acknowledged ="
                    + " acknowledged + ?, dead = dead + ?, skipped = skipped + ? WHERE id = ?")) {
                ps.setLong(1, sent);
                ps.setLong(2, acked);
                ps.setLong(3, dead);
                ps.setLong(4, skipped);
                ps.setLong(5, runId);
                ps.executeUpdate();
            }
            return deadIds;
        });
    }

    public void countDead(long runId, long dead) {
        db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement("UPDATE exchange_run SET dead = dead + ? WHERE id = ?")) {
                ps.setLong(1, dead);
                ps.setLong(2, runId);
                return ps.executeUpdate();
            }
        });
    }

    /** Records what an inbound run received. */
    public void countReceived(long runId, long received) {
        db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "UPDATE exchange_run SET acknowledged = acknowledged + ? WHERE id = ?")) {
                ps.setLong(1, received);
                ps.setLong(2, runId);
                return ps.executeUpdate();
            }
        });
    }

    /** Counts sends that got no receipt (the run's counters survive a crash up to the last batch). */
    public void countSent(long runId, long sent) {
        db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement("UPDATE exchange_run SET sent = sent + ? WHERE id = ?")) {
                ps.setLong(1, sent);
                ps.setLong(2, runId);
                return ps.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------- dead letters

    public Page<DeadLetter> deadLetters(String peer, String status, int offset, int limit) {
        return db.read(s -> {
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
            long total;
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT COUNT(*) FROM exchange_dead_letter" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DeadLetter> items = new ArrayList<>();
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT * FROM exchange_dead_letter" + where
                    + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                List<Object> all = new ArrayList<>(args);
                all.add(offset);
                all.add(limit);
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(deadLetter(rs));
                    }
                }
            }
            return new Page<>(items, total);
        });
    }

    public Optional<DeadLetter> deadLetter(long id) {
        return db.read(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT * FROM exchange_dead_letter WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(deadLetter(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Dead letters written but not yet on the broker (a crash between commit and publish). */
    public List<DeadLetter> unpublishedDeadLetters(int limit) {
        return db.read(s -> {
            List<DeadLetter> out = new ArrayList<>();
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "SELECT * FROM exchange_dead_letter WHERE published = FALSE ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(deadLetter(rs));
                    }
                }
            }
            return out;
        });
    }

    public void markPublished(long deadLetterId) {
        db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "UPDATE exchange_dead_letter SET published = TRUE WHERE id = ?")) {
                ps.setLong(1, deadLetterId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Queues an open dead letter again: its delivery row goes, so the record is back in the backlog. Returns
     * false when the dead letter was no longer open (replayed concurrently).
     */
    public boolean replay(DeadLetter letter, String by) {
        return db.write(s -> {
            Connection c = s.connection();
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_dead_letter SET status = 'REPLAYED',"
                    + " replayed_at = ?, replayed_by = ? WHERE id = ? AND status = 'OPEN'")) {
                ps.setTimestamp(1, Timestamp.from(now()));
                ps.setString(2, by);
                ps.setLong(3, letter.id());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM exchange_delivery WHERE peer = ? AND outbox_id = ? AND outcome = 'REJECTED'")) {
                ps.setString(1, letter.peer());
                ps.setLong(2, letter.outboxId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE exchange_cursor SET low_water = ? WHERE peer = ? AND low_water >= ?")) {
                ps.setLong(1, letter.outboxId() - 1);
                ps.setString(2, letter.peer());
                ps.setLong(3, letter.outboxId());
                ps.executeUpdate();
            }
            return true;
        });
    }

    public long openDeadLetters(String peer) {
        return db.read(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "SELECT COUNT(*) FROM exchange_dead_letter WHERE peer = ? AND status = 'OPEN'")) {
                ps.setString(1, peer);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
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
        return db.read(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "SELECT state_value FROM exchange_peer_state WHERE peer = ? AND name = ?")) {
                ps.setString(1, peer);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void saveState(String peer, String name, String value) {
        db.write(s -> {
            Connection c = s.connection();
            Timestamp at = Timestamp.from(now());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE exchange_peer_state SET state_value = ?, updated_at = ? WHERE peer = ? AND name = ?")) {
                ps.setString(1, value);
                ps.setTimestamp(2, at);
                ps.setString(3, peer);
                ps.setString(4, name);
                if (ps.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO exchange_peer_state (peer, name, state_value, updated_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, peer);
                ps.setString(2, name);
                ps.setString(3, value);
                ps.setTimestamp(4, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public InboundRecord upsertInbound(String sourceSystem, String recordType, String sourceId, String raw) {
        db.write(s -> {
            Connection c = s.connection();
            Timestamp at = Timestamp.from(now());
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_inbound SET raw_payload = ?, record_type = ?,"
                    + " receive_count = receive_count + 1, last_received_at = ? WHERE source_system = ? AND source_id = ?")) {
                ps.setString(1, raw);
                ps.setString(2, recordType);
                ps.setTimestamp(3, at);
                ps.setString(4, sourceSystem);
                ps.setString(5, sourceId);
                if (ps.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_inbound (source_system, source_id,"
                    + " record_type, raw_payload, receive_count, first_received_at, last_received_at)"
                    + " VALUES (?, ?, ?, ?, 1, ?, ?)")) {
                ps.setString(1, sourceSystem);
                ps.setString(2, sourceId);
                ps.setString(3, recordType);
                ps.setString(4, raw);
                ps.setTimestamp(5, at);
                ps.setTimestamp(6, at);
                ps.executeUpdate();
            }
            return null;
        });
        return inbound(sourceSystem, sourceId).orElseThrow();
    }

    public void linkHazard(String sourceSystem, String sourceId, long hazardId) {
        db.write(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "UPDATE exchange_inbound SET hazard_id = ? WHERE source_system = ? AND source_id = ?")) {
                ps.setLong(1, hazardId);
                ps.setString(2, sourceSystem);
                ps.setString(3, sourceId);
                return ps.executeUpdate();
            }
        });
    }

    public Optional<InboundRecord> inbound(String sourceSystem, String sourceId) {
        return db.read(s -> {
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "SELECT * FROM exchange_inbound WHERE source_system = ? AND source_id = ?")) {
                ps.setString(1, sourceSystem);
                ps.setString(2, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long hazard = rs.getLong("hazard_id");
                    boolean noHazard = rs.wasNull();
                    return Optional.of(new InboundRecord(rs.getString("source_system"), rs.getString("source_id"),
                            rs.getString("record_type"), rs.getString("raw_payload"), noHazard ? null : hazard,
                            rs.getInt("receive_count"), rs.getTimestamp("first_received_at").toInstant(),
                            rs.getTimestamp("last_received_at").toInstant()));
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
