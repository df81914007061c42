package org.anjian.core.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardStateMachine;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.stats.MonthCount;
import org.anjian.api.stats.Overview;
import org.anjian.api.stats.StatisticsService;
import org.anjian.api.stats.TownshipFigures;
import org.anjian.core.access.IndustryScope;
import org.anjian.core.access.Scopes;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.query.JpqlFilter;

/** Dashboard aggregates computed in the database, under the same scope as the lists ({@link Scopes}). */
public class StatisticsServiceImpl implements StatisticsService {
    public static final int MAX_MONTHS = 36;

    private final Transactions tx;
    private final Clock clock;
    private final RegionService regions;
    private final IndustryScope industries;

    public StatisticsServiceImpl(Transactions tx, Clock clock, RegionService regions, IndustryScope industries) {
        this.tx = tx;
        this.clock = clock;
        this.regions = regions;
        this.industries = industries;
    }

    @Override
    public Overview overview(AnjianPrincipal caller) {
        LocalDate today = LocalDate.now(clock);
        return tx.read(em -> {
            JpqlFilter enterprises = Scopes.enterprises(caller, industries, null);
            Map<String, Long> colours = zeros(RiskColour.values());
            for (Object[] row : enterprises.select(em, "e.riskColour, count(e)", "e.riskColour", null)) {
                colours.put(String.valueOf(row[0]), (Long) row[1]);
            }
            JpqlFilter hazards = Scopes.hazards(caller, industries, null);
            Map<String, Long> status = zeros(HazardStatus.values());
            for (Object[] row : hazards.select(em, "h.status, count(h)", "h.status", null)) {
                status.put(String.valueOf(row[0]), (Long) row[1]);
            }
            // one pass over the open hazards gives the status x grade table; the grades are its column sums
            Map<String, Map<String, Long>> statusGrade = new LinkedHashMap<>();
            for (HazardStatus st : HazardStatus.values()) {
                if (st != HazardStatus.CLOSED) {
                    statusGrade.put(st.name(), zeros(HazardGrade.values()));
                }
            }
            Map<String, Long> grades = zeros(HazardGrade.values());
            for (Object[] row : hazards.select(em, "h.status, h.grade, count(h)", "h.status, h.grade",
                    "h.status <> :closed", "closed", HazardStatus.CLOSED)) {
                statusGrade.get(String.valueOf(row[0])).put(String.valueOf(row[1]), (Long) row[2]);
                grades.merge(String.valueOf(row[1]), (Long) row[2], Long::sum);
            }
            long open = grades.values().stream().mapToLong(Long::longValue).sum();
            long overdue = hazards.count(em, "h.status in (:counting) and h.deadline < :today",
                    "counting", counting(), "today", today);
            Map<Supervision, Long> supervision = new java.util.EnumMap<>(Supervision.class);
            for (Object[] row : hazards.select(em, "h.supervision, count(h)", "h.supervision", "h.status <> :closed",
                    "closed", HazardStatus.CLOSED)) {
                if (row[0] != null) {
                    supervision.put((Supervision) row[0], (Long) row[1]);
                }
            }
            // the colours' sum is the number of enterprises: no second pass to count them
            long total = colours.values().stream().mapToLong(Long::longValue).sum();
            return new Overview(total, colours, open, grades, statusGrade, status, overdue,
                    supervision.getOrDefault(Supervision.SUPERVISED, 0L), supervision.getOrDefault(Supervision.LISTED, 0L));
        });
    }

    @Override
    public List<MonthCount> hazardsByMonth(AnjianPrincipal caller, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new ValidationException("months", "must be between 1 and " + MAX_MONTHS);
        }
        ZoneId zone = clock.getZone();
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(months - 1L);
        java.time.Instant since = first.atDay(1).atStartOfDay(zone).toInstant();
        return tx.read(em -> {
            Map<YearMonth, long[]> counts = new LinkedHashMap<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                counts.put(m, new long[2]);
            }
            JpqlFilter hazards = Scopes.hazards(caller, industries, null);
            tally(em, hazards, "h.registeredAt", since, zone, counts, 0);
            tally(em, hazards, "h.closedAt", since, zone, counts, 1);
            List<MonthCount> out = new ArrayList<>();
            counts.forEach((m, c) -> out.add(new MonthCount(m.toString(), c[0], c[1])));
            return out;
        });
    }

    /** Counts by month of an instant column (months in the county's zone, decided here, not by the database). */
    private static void tally(EntityManager em, JpqlFilter hazards, String column, java.time.Instant since,
                              ZoneId zone, Map<YearMonth, long[]> counts, int slot) {
        for (Object[] row : hazards.select(em, column + ", h.id", null, column + " >= :since", "since", since)) {
            java.time.Instant at = (java.time.Instant) row[0];
            long[] c = counts.get(YearMonth.from(at.atZone(zone)));
            if (c != null) {
                c[slot]++;
            }
        }
    }

    @Override
    public List<TownshipFigures> townships(AnjianPrincipal caller) {
        LocalDate today = LocalDate.now(clock);
        List<Region> townships = regions.list(caller).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP).toList();
        if (townships.isEmpty()) {
            String own = caller.jurisdiction().length() >= 9 ? caller.jurisdiction().substring(0, 9) + "000" : null;
            townships = own == null ? List.of() : regions.find(AnjianPrincipal.system("stats"), own).stream().toList();
        }
        Map<String, long[]> byPrefix = new LinkedHashMap<>();
        townships.forEach(t -> byPrefix.put(t.code().substring(0, 9), new long[4]));
        tx.read(em -> {
            JpqlFilter enterprises = Scopes.enterprises(caller, industries, null);
            for (Object[] row : enterprises.select(em, "substring(e.regionCode, 1, 9), count(e)",
                    "substring(e.regionCode, 1, 9)", null)) {
                add(byPrefix, row, 0);
            }
            // one pass over the scope's hazards: open, overdue and open major ones per township
            JpqlFilter hazards = Scopes.hazards(caller, industries, null);
            for (Object[] row : hazards.select(em, "substring(h.regionCode, 1, 9),"
                            + " sum(case when h.status <> :closed then 1 else 0 end),"
                            + " sum(case when h.status in (:counting) and h.deadline < :today then 1 else 0 end),"
                            + " sum(case when h.status <> :closed and h.grade = :major then 1 else 0 end)",
                    "substring(h.regionCode, 1, 9)", null, "closed", HazardStatus.CLOSED, "counting", counting(),
                    "today", today, "major", HazardGrade.MAJOR)) {
                long[] c = byPrefix.get(String.valueOf(row[0]));
                if (c != null) {
                    for (int i = 1; i <= 3; i++) {
                        c[i] += row[i] == null ? 0 : ((Number) row[i]).longValue();
                    }
                }
            }
            return null;
        });
        List<TownshipFigures> out = new ArrayList<>();
        for (Region t : townships) {
            long[] c = byPrefix.get(t.code().substring(0, 9));
            out.add(new TownshipFigures(t.code(), t.name(), c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    private static void add(Map<String, long[]> byPrefix, Object[] row, int slot) {
        long[] c = byPrefix.get(String.valueOf(row[0]));
        if (c != null) {
            c[slot] += (Long) row[1];
        }
    }

    private static List<HazardStatus> counting() {
        return java.util.Arrays.stream(HazardStatus.values()).filter(HazardStateMachine::countsTowardsOverdue).toList();
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }
}
