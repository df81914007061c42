package org.anjian.simulator.province;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the simulated province remembers, in memory. Thread-safe by coarse locking. */
public final class ProvinceState {

    /** A stored record (the first one accepted for its idempotency key). */
    public record StoredRecord(String key, String type, String recordId, long version, String regionCode,
                               Map<String, String> fields, Instant receivedAt, String batchId) { }

    public record FindingData(String findingId, String creditCode, String regionCode, String description,
                              String grade, LocalDate deadline, Instant issuedAt) { }

    public record FeedbackData(String findingId, String status, LocalDate closedOn, String evidence, Instant at) { }

    public record Township(String code, String name) { }

    public record RankRow(String code, String name, double score, int rank) { }

    static final String[] TYPES = {"ENTERPRISE", "HAZARD", "INSPECTION", "MAJOR_HAZARD_SOURCE", "DANGEROUS_WORK"};
    private static final String[] TOWNSHIP_NAMES = {"城关镇", "东江镇", "西岭乡", "南湖街道", "北山镇", "临溪镇", "青石乡", "白沙街道"};
    private static final String[] FINDING_TEXTS = {
        "消防通道堵塞", "动火作业未办理作业票", "安全出口指示灯损坏", "危化品储存超量", "受限空间未设监护人",
        "特种设备超期未检", "应急预案未演练", "可燃气体报警器失效", "电气线路私拉乱接", "安全培训记录缺失"};

    private final String county;
    private final long seed;
    private final int findingCount;

    private final Map<String, StoredRecord> records = new LinkedHashMap<>();
    private final Map<String, AtomicLong> duplicateCounts = new ConcurrentHashMap<>();
    private final Map<String, long[]> perType = new TreeMap<>(); // accepted, duplicates, rejected
    private long received, accepted, duplicates, rejected, batches;
    private final List<FindingData> findings = new ArrayList<>();
    private final Map<String, FeedbackData> feedback = new LinkedHashMap<>();
    private final List<Township> townships = new ArrayList<>();

    public ProvinceState(String county, long seed, int findingCount) {
        this.county = county;
        this.seed = seed;
        this.findingCount = findingCount;
        reset();
    }

    public String county() { return county; }

    public synchronized void reset() {
        records.clear();
        duplicateCounts.clear();
        perType.clear();
        for (String t : TYPES) perType.put(t, new long[3]);
        perType.put("UNKNOWN", new long[3]);
        received = accepted = duplicates = rejected = batches = 0;
        feedback.clear();
        townships.clear();
        findings.clear();
        Random rnd = new Random(seed);
        for (int i = 0; i < 5; i++) {
            townships.add(new Township(county + String.format("%03d", i + 1) + "000", TOWNSHIP_NAMES[i]));
        }
        Instant base = Instant.parse("2026-01-05T01:00:00Z");
        for (int i = 0; i < findingCount; i++) {
            Township t = townships.get(rnd.nextInt(townships.size()));
            String code = CreditCodes.synthetic(county, rnd);
            String grade = rnd.nextInt(5) == 0 ? "MAJOR" : "GENERAL";
            String text = FINDING_TEXTS[rnd.nextInt(FINDING_TEXTS.length)];
            Instant issued = base.plusSeconds(3600L * 7 * i + rnd.nextInt(3600));
            LocalDate deadline = LocalDate.ofInstant(issued, java.time.ZoneOffset.UTC).plusDays(grade.equals("MAJOR") ? 30 : 15);
            findings.add(new FindingData(String.format("F-%s-%04d", county, i + 1), code, t.code(),
                    "1030督导检查: " + text, grade, deadline, issued));
        }
    }

    /**
     * Issues new findings (督导检查) about enterprises the county has uploaded, as the province does after an
     * inspection: drawn with the seed from the stored ENTERPRISE records, issued at {@code now}.
     * @return the ids of the new findings (fewer than asked when fewer enterprises are known)
     */
    public synchronized List<String> issueFindingsFromUploads(int count, Instant now) {
        List<StoredRecord> enterprises = new ArrayList<>();
        for (StoredRecord r : records.values()) {
            if (r.type().equals("ENTERPRISE")) {
                enterprises.add(r);
            }
        }
        List<String> ids = new ArrayList<>();
        Random rnd = new Random(seed + findings.size());
        for (int i = 0; i < count && !enterprises.isEmpty(); i++) {
            StoredRecord e = enterprises.get(rnd.nextInt(enterprises.size()));
            String grade = rnd.nextInt(5) == 0 ? "MAJOR" : "GENERAL";
            String text = FINDING_TEXTS[rnd.nextInt(FINDING_TEXTS.length)];
            LocalDate deadline = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(grade.equals("MAJOR") ? 30 : 15);
            String id = String.format("F-%s-%04d", county, findings.size() + 1);
            String region = e.fields().getOrDefault("regionCode", e.regionCode());
            findings.add(new FindingData(id, e.fields().get("creditCode"), region, "1030督导检查: " + text, grade,
                    deadline, now));
            ids.add(id);
        }
        return ids;
    }

    /** Every stored key with how often it was received again (for exactly-once checks). */
    public synchronized Map<String, Object> keyListing() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("storedKeys", records.size());
        m.put("keys", new ArrayList<>(records.keySet()));
        Map<String, Long> dups = new TreeMap<>();
        duplicateCounts.forEach((k, v) -> dups.put(k, v.get()));
        m.put("duplicateCounts", dups);
        return m;
    }

    /** @return true if stored (ACCEPTED), false if the key was already there (DUPLICATE). */
    public synchronized boolean store(StoredRecord r) {
        received++;
        if (records.containsKey(r.key())) {
            duplicates++;
            perType.get(r.type())[1]++;
            duplicateCounts.computeIfAbsent(r.key(), k -> new AtomicLong()).incrementAndGet();
            return false;
        }
        records.put(r.key(), r);
        accepted++;
        perType.get(r.type())[0]++;
        return true;
    }


    public synchronized void countRejected(String type) {
        received++;
        rejected++;
        perType.get(type != null && perType.containsKey(type) ? type : "UNKNOWN")[2]++;
    }

    public synchronized void countBatch() { batches++; }

    public synchronized List<FindingData> findings() { return new ArrayList<>(findings); }

    public synchronized FindingData finding(String id) {
        return findings.stream().filter(f -> f.findingId().equals(id)).findFirst().orElse(null);
    }

    public synchronized void recordFeedback(FeedbackData f) { feedback.put(f.findingId(), f); }

    public synchronized int storedKeys() { return records.size(); }

    public synchronized Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("county", county);
        m.put("batches", batches);
        m.put("received", received);
        m.put("accepted", accepted);
        m.put("duplicates", duplicates);
        m.put("rejected", rejected);
        Map<String, Object> types = new LinkedHashMap<>();
        perType.forEach((k, v) -> types.put(k, Map.of("accepted", v[0], "duplicates", v[1], "rejected", v[2])));
        m.put("perType", types);
        m.put("storedKeys", records.size());
        List<Map<String, Object>> top = new ArrayList<>();
        duplicateCounts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, AtomicLong>>comparingLong(e -> -e.getValue().get()).thenComparing(Map.Entry::getKey))
                .limit(10)
                .forEach(e -> top.add(Map.of("key", e.getKey(), "duplicates", e.getValue().get())));
        m.put("topDuplicateKeys", top);
        m.put("findings", findings.size());
        Map<String, Object> fb = new LinkedHashMap<>();
        feedback.forEach((k, v) -> fb.put(k, v.status()));
        m.put("feedbackCount", feedback.size());
        m.put("feedback", fb);
        return m;
    }

    /**
     * Township ranking for a month: per township, over the latest version of each uploaded hazard
     * in it, score = 100 * closedShare - 50 * overdueShare (floored at 0), where overdue = not
     * CLOSED with a deadline before the end of the month. A township without hazards scores 100.
     * Ties share a rank (1, 2, 2, 4).
     */
    public synchronized List<RankRow> ranking(YearMonth month) {
        Map<String, String> names = new LinkedHashMap<>();
        townships.forEach(t -> names.put(t.code(), t.name()));
        Map<String, StoredRecord> latest = new LinkedHashMap<>();
        for (StoredRecord r : records.values()) {
            if (!r.type().equals("HAZARD")) continue;
            StoredRecord prev = latest.get(r.recordId());
            if (prev == null || prev.version() < r.version()) latest.put(r.recordId(), r);
        }
        Map<String, int[]> agg = new LinkedHashMap<>(); // total, closed, overdue
        LocalDate end = month.atEndOfMonth();
        for (StoredRecord r : latest.values()) {
            String region = r.fields().getOrDefault("regionCode", r.regionCode());
            if (region == null || region.length() != 12) continue;
            String township = region.substring(0, 9) + "000";
            names.putIfAbsent(township, "乡镇 " + township);
            int[] a = agg.computeIfAbsent(township, k -> new int[3]);
            a[0]++;
            String status = r.fields().get("status");
            if ("CLOSED".equals(status)) {
                a[1]++;
            } else {
                String d = r.fields().get("deadline");
                if (d != null && LocalDate.parse(d).isBefore(end)) a[2]++;
            }
        }
        List<RankRow> rows = new ArrayList<>();
        names.forEach((code, name) -> {
            int[] a = agg.get(code);
            double score = 100.0;
            if (a != null && a[0] > 0) {
                score = Math.max(0, 100.0 * a[1] / a[0] - 50.0 * a[2] / a[0]);
            }
            rows.add(new RankRow(code, name, Math.round(score * 10) / 10.0, 0));
        });
        rows.sort(Comparator.comparingDouble(RankRow::score).reversed().thenComparing(RankRow::code));
        List<RankRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankRow r = rows.get(i);
            int rank = (i > 0 && ranked.get(i - 1).score() == r.score()) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankRow(r.code(), r.name(), r.score(), rank));
        }
        return ranked;
    }
}
