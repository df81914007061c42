package org.anjian.domain.specialequipment.rules;

import org.anjian.api.kit.table.Table;
import org.anjian.api.kit.table.TableRow;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Periodic-inspection intervals of 特种设备 as data (inspection-intervals.csv), with configuration
 * overrides from the bureau. Immutable and thread-safe; {@link #withOverrides(Map)} returns a new policy.
 *
 * <h2>Precedence</h2>
 * For a category and an optional 安全状况等级 the policy walks the category's parent chain (the category
 * itself first, then its parents up to the top level). At each level it takes, in this order:
 * <ol>
 *   <li>an override row whose grade condition matches,</li>
 *   <li>a bundled row whose grade condition matches,</li>
 *   <li>an override row without condition,</li>
 *   <li>a bundled row without condition;</li>
 * </ol>
 * the first found decides. A row on a more specific category therefore always beats a row on a parent,
 * even an override: to change tower cranes (4300) override 4300, not 4000.
 *
 * <h2>Overrides</h2>
 * An override key is a category code ({@code "3000"}) or a category code with a grade condition
 * ({@code "2100;safetyConditionGrade=3"}, {@code "2100;safetyConditionGrade=1-2"}); the value is the
 * interval. An override replaces the bundled row with the same key and, by the order above, takes
 * precedence over bundled rows at the same level. A plain category override does not replace the
 * grade-specific rows of that category (they are more specific), so a grade 5 vessel stays NOT_USABLE
 * whatever interval is configured for 2100.
 */
public final class InspectionIntervalPolicy {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/specialequipment/inspection-intervals.csv";
    static final List<String> HEADER = List.of("categoryCode", "intervalMonths", "condition", "source", "note");
    /** Value of the intervalMonths column for "must not be used". */
    public static final String NOT_USABLE = "NOT_USABLE";
    /** Separator between category code and grade condition in an override key. */
    public static final String OVERRIDE_KEY_SEPARATOR = ";";

    private static final Comparator<IntervalRule> NARROWEST_FIRST =
            Comparator.comparingInt(r -> r.maxGrade() - r.minGrade());

    private final CategoryCatalogue catalogue;
    private final Map<String, List<IntervalRule>> defaults;
    private final Map<String, List<IntervalRule>> overrides;

    private InspectionIntervalPolicy(CategoryCatalogue catalogue, List<IntervalRule> defaultRules,
            List<IntervalRule> overrideRules) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.defaults = index(catalogue, defaultRules, "bundled table");
        this.overrides = index(catalogue, overrideRules, "overrides");
    }

    /** The bundled table over the bundled catalogue. */
    public static InspectionIntervalPolicy bundled() {
        return load(CategoryCatalogue.bundled(), Table.resource(CategoryCatalogue.class, RESOURCE), RESOURCE);
    }

    /** A table in the inspection-intervals.csv format (UTF-8). */
    public static InspectionIntervalPolicy load(CategoryCatalogue catalogue, InputStream in, String name) {
        return new InspectionIntervalPolicy(catalogue, parse(Table.csv().read(in, name, HEADER), name), List.of());
    }

    /** A table in the inspection-intervals.csv format. */
    public static InspectionIntervalPolicy load(CategoryCatalogue catalogue, Reader reader, String name) {
        return new InspectionIntervalPolicy(catalogue, parse(Table.csv().read(reader, name, HEADER), name), List.of());
    }

    /** A policy made only of configured intervals (keys as for {@link #withOverrides(Map)}), no bundled rows. */
    public static InspectionIntervalPolicy fromMap(CategoryCatalogue catalogue, Map<String, Period> intervals) {
        return new InspectionIntervalPolicy(catalogue, List.of(), overrideRules(intervals));
    }

    /**
     * A new policy with these overrides layered over this one's; a key already overridden here is
     * replaced. Fails on an unknown category, a malformed key or a non-positive period.
     */
    public InspectionIntervalPolicy withOverrides(Map<String, Period> intervals) {
        Map<String, IntervalRule> merged = new LinkedHashMap<>();
        overrides.values().forEach(list -> list.forEach(r -> merged.put(key(r), r)));
        overrideRules(intervals).forEach(r -> merged.put(key(r), r));
        List<IntervalRule> bundledRules = new ArrayList<>();
        defaults.values().forEach(bundledRules::addAll);
        return new InspectionIntervalPolicy(catalogue, bundledRules, new ArrayList<>(merged.values()));
    }

    public CategoryCatalogue catalogue() {
        return catalogue;
    }

    /** All rows, overrides first, for display. */
    public List<IntervalRule> rules() {
        List<IntervalRule> all = new ArrayList<>();
        overrides.values().forEach(all::addAll);
        defaults.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /**
     * Decides the interval for a category and an optional 安全状况等级 (1–5, null when unknown or not
     * applicable).
     *
     * @throws IllegalArgumentException for a grade outside 1–5
     */
    public IntervalDecision decide(String categoryCode, Integer safetyConditionGrade) {
        requireGrade(safetyConditionGrade);
        List<String> chain = catalogue.parentChainCodes(categoryCode);
        if (chain.isEmpty()) {
            return IntervalDecision.none(IntervalDecision.Outcome.UNKNOWN_CATEGORY);
        }
        for (String level : chain) {
            Optional<IntervalRule> hit = firstMatching(overrides.get(level), safetyConditionGrade, true)
                    .or(() -> firstMatching(defaults.get(level), safetyConditionGrade, true))
                    .or(() -> firstMatching(overrides.get(level), safetyConditionGrade, false))
                    .or(() -> firstMatching(defaults.get(level), safetyConditionGrade, false));
            if (hit.isPresent()) {
                return IntervalDecision.of(hit.get());
            }
        }
        return IntervalDecision.none(IntervalDecision.Outcome.NO_RULE);
    }

    /**
     * The regular interval; empty when no row applies, the category is unknown, or the equipment is
     * monitored or must not be used (see {@link #decide(String, Integer)} for which).
     */
    public Optional<Period> interval(String categoryCode, Integer safetyConditionGrade) {
        return decide(categoryCode, safetyConditionGrade).interval();
    }

    /** Last inspection plus the interval; empty when there is no regular interval. */
    public Optional<LocalDate> findNextDue(String categoryCode, Integer safetyConditionGrade, LocalDate lastInspection) {
        Objects.requireNonNull(lastInspection, "lastInspection");
        return interval(categoryCode, safetyConditionGrade).map(lastInspection::plus);
    }

    /**
     * Last inspection plus the interval. Month arithmetic clamps to the month end: 2024-02-29 plus 12
     * months is 2025-02-28.
     *
     * @throws IllegalStateException when there is no regular interval (the message says why)
     */
    public LocalDate nextDue(String categoryCode, Integer safetyConditionGrade, LocalDate lastInspection) {
        Objects.requireNonNull(lastInspection, "lastInspection");
        IntervalDecision decision = decide(categoryCode, safetyConditionGrade);
        if (!decision.hasInterval()) {
            throw new IllegalStateException("No regular inspection interval for category " + categoryCode
                    + (safetyConditionGrade == null ? "" : " at safety condition grade " + safetyConditionGrade)
                    + ": " + decision.outcome());
        }
        return lastInspection.plus(decision.period());
    }

    /**
     * The inspection status on {@code today}: NOT_USABLE first, then NEVER_INSPECTED, MONITORED or
     * NO_RULE; otherwise OVERDUE when today is after the due date, DUE_SOON when the due date is at
     * most {@code dueWithinDays} days away (today included), else OK.
     */
    public InspectionStatus status(String categoryCode, Integer safetyConditionGrade, LocalDate lastInspection,
            LocalDate today, int dueWithinDays) {
        Objects.requireNonNull(today, "today");
        if (dueWithinDays < 0) {
            throw new IllegalArgumentException("dueWithinDays must not be negative: " + dueWithinDays);
        }
        IntervalDecision decision = decide(categoryCode, safetyConditionGrade);
        if (decision.outcome() == IntervalDecision.Outcome.NOT_USABLE) {
            return InspectionStatus.NOT_USABLE;
        }
        if (lastInspection == null) {
            return InspectionStatus.NEVER_INSPECTED;
        }
        switch (decision.outcome()) {
            case MONITORED:
                return InspectionStatus.MONITORED;
            case NO_RULE:
            case UNKNOWN_CATEGORY:
                return InspectionStatus.NO_RULE;
            default:
                break;
        }
        LocalDate due = lastInspection.plus(decision.period());
        if (today.isAfter(due)) {
            return InspectionStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= dueWithinDays ? InspectionStatus.DUE_SOON : InspectionStatus.OK;
    }

    private static void requireGrade(Integer grade) {
        if (grade != null && (grade < IntervalRule.MIN_GRADE || grade > IntervalRule.MAX_GRADE)) {
            throw new IllegalArgumentException("Safety condition grade must be " + IntervalRule.MIN_GRADE + "-"
                    + IntervalRule.MAX_GRADE + " or absent: " + grade);
        }
    }

    private static Optional<IntervalRule> firstMatching(List<IntervalRule> rules, Integer grade, boolean conditional) {
        if (rules == null) {
            return Optional.empty();
        }
        return rules.stream()
                .filter(r -> r.isConditional() == conditional && r.matches(grade))
                .findFirst();
    }

    private static String key(IntervalRule r) {
        return r.categoryCode() + OVERRIDE_KEY_SEPARATOR + r.condition();
    }

    /** Groups rules by category; rejects unknown categories and ambiguous (overlapping) rows. */
    private static Map<String, List<IntervalRule>> index(CategoryCatalogue catalogue, List<IntervalRule> rules,
            String what) {
        Map<String, List<IntervalRule>> byCategory = new LinkedHashMap<>();
        for (IntervalRule rule : rules) {
            if (!catalogue.isKnown(rule.categoryCode())) {
                throw new IllegalArgumentException(what + ": unknown category " + rule.categoryCode());
            }
            List<IntervalRule> list = byCategory.computeIfAbsent(rule.categoryCode(), k -> new ArrayList<>());
            for (IntervalRule other : list) {
                if (rule.overlaps(other)) {
                    throw new IllegalArgumentException(what + ": rows for category " + rule.categoryCode()
                            + " overlap ('" + other.condition() + "' and '" + rule.condition() + "')");
                }
            }
            list.add(rule);
        }
        byCategory.replaceAll((k, list) -> {
            List<IntervalRule> sorted = new ArrayList<>(list.stream().filter(IntervalRule::isConditional)
                    .sorted(NARROWEST_FIRST).toList());
            list.stream().filter(r -> !r.isConditional()).forEach(sorted::add);
            return List.copyOf(sorted);
        });
        return Map.copyOf(byCategory);
    }

    private static List<IntervalRule> parse(List<TableRow> rows, String name) {
        List<IntervalRule> rules = new ArrayList<>();
        for (TableRow row : rows) {
            try {
                String category = row.get(0);
                String months = row.get(1);
                int[] grades = IntervalRule.parseCondition(row.get(2));
                String source = SourceTag.require(row, 3, name);
                IntervalRule.Kind kind;
                Period interval = null;
                if (months.isEmpty()) {
                    kind = IntervalRule.Kind.MONITORED;
                } else if (months.equals(NOT_USABLE)) {
                    kind = IntervalRule.Kind.NOT_USABLE;
                } else {
                    kind = IntervalRule.Kind.INTERVAL;
                    interval = Period.ofMonths(parseMonths(months));
                }
                rules.add(new IntervalRule(category, grades == null ? null : grades[0],
                        grades == null ? null : grades[1], kind, interval, source, row.get(4), false));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static int parseMonths(String months) {
        if (!months.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("intervalMonths must be a whole number of months, empty (monitored) or "
                    + NOT_USABLE + " but was '" + months + "'");
        }
        return Integer.parseInt(months);
    }

    private static List<IntervalRule> overrideRules(Map<String, Period> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        List<IntervalRule> rules = new ArrayList<>();
        intervals.forEach((key, period) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("Override key must be a category code");
            }
            int sep = key.indexOf(OVERRIDE_KEY_SEPARATOR);
            String code = (sep < 0 ? key : key.substring(0, sep)).strip().toUpperCase(java.util.Locale.ROOT);
            int[] grades = sep < 0 ? null : IntervalRule.parseCondition(key.substring(sep + 1));
            if (sep >= 0 && grades == null) {
                throw new IllegalArgumentException("Override key '" + key + "' has an empty condition");
            }
            if (!CategoryCatalogue.isWellFormedCode(code)) {
                throw new IllegalArgumentException("Override key '" + key + "' does not start with a category code");
            }
            try {
                IntervalRule.requirePositive(period);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Override '" + key + "': " + e.getMessage(), e);
            }
            rules.add(new IntervalRule(code, grades == null ? null : grades[0], grades == null ? null : grades[1],
                    IntervalRule.Kind.INTERVAL, period, "override", "", true));
        });
        return rules;
    }
}
