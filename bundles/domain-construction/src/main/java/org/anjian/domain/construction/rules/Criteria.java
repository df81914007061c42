package org.anjian.domain.construction.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.api.kit.table.Table;
import org.anjian.api.kit.table.TableRow;

/**
 * The 危大工程 criteria: the shipped table ({@code construction/dangerous-works.tsv}, 建办质〔2018〕31号 附件1/附件2)
 * with a province's threshold overrides ({@code RULE/LEVEL=value}, e.g. {@code EXCAVATION.depthM/DANGEROUS=2.5}).
 * Every row is checked against {@link WorkCategory} when read: a rule naming an unknown category, value or parameter,
 * or a threshold of the wrong kind, is an error naming the line.
 */
public final class Criteria {
    public static final String RESOURCE = "/construction/dangerous-works.tsv";
    static final List<String> HEADER = List.of("rule", "level", "threshold", "text", "source");

    private final List<Criterion> all;

    private Criteria(List<Criterion> all) {
        this.all = List.copyOf(all);
    }

    /** The shipped table. */
    public static Criteria shipped() {
        return read(Table.resource(Criteria.class, RESOURCE), RESOURCE);
    }

    public static Criteria read(InputStream in, String name) {
        List<Criterion> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (TableRow row : Table.tsv().read(in, name, HEADER)) {
            Criterion c = parse(row, name);
            Integer earlier = seen.put(c.rule() + "/" + c.level(), row.line());
            if (earlier != null) {
                throw row.error(name, "rule " + c.rule() + " for " + c.level() + " is also on line " + earlier);
            }
            rows.add(c);
        }
        return new Criteria(rows);
    }

    private static Criterion parse(TableRow row, String name) {
        String rule = row.get(0);
        String[] parts = rule.split("\\.", -1);
        WorkCategory category;
        try {
            category = WorkCategory.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            throw row.error(name, "unknown category " + parts[0] + ", one of " + Arrays.toString(WorkCategory.values()));
        }
        Level level;
        try {
            level = Level.valueOf(row.get(1));
        } catch (IllegalArgumentException e) {
            throw row.error(name, "level must be DANGEROUS or BEYOND_SCALE, not " + row.get(1));
        }
        if (level == Level.NONE) {
            throw row.error(name, "level must be DANGEROUS or BEYOND_SCALE, not NONE");
        }
        int next = 1;
        String selected = null;
        if (parts.length > next && category.selector().isPresent() && parts[next].equals(parts[next].toUpperCase())) {
            selected = parts[next++];
            Parameter selector = category.parameter(category.selector().get()).orElseThrow();
            if (!selector.values().contains(selected)) {
                throw row.error(name, selected + " is not a " + selector.name() + " of " + category + ", one of "
                        + selector.values());
            }
        }
        String parameter = parts.length > next ? parts[next++] : null;
        if (parts.length > next) {
            throw row.error(name, "a rule is CATEGORY[.VALUE][.parameter], not " + rule);
        }
        Parameter p = parameter == null ? null : category.parameter(parameter)
                .orElseThrow(() -> row.error(name, category + " has no parameter " + parameter));
        String threshold = row.get(2);
        Double number = null;
        List<String> values = List.of();
        if (p != null && p.kind() == Parameter.Kind.NUMBER) {
            try {
                number = Double.valueOf(threshold);
            } catch (NumberFormatException e) {
                throw row.error(name, parameter + " is a number: the threshold must be one, not " + threshold);
            }
        } else if (p != null && p.kind() == Parameter.Kind.VALUE) {
            values = List.of(threshold.split("\\|"));
            for (String v : values) {
                if (!p.values().contains(v)) {
                    throw row.error(name, v + " is not a " + parameter + ", one of " + p.values());
                }
            }
        } else if (!"-".equals(threshold)) {
            throw row.error(name, (p == null ? "a rule without a parameter" : parameter + " is a flag")
                    + " takes no threshold (-), not " + threshold);
        }
        if (row.get(3).isBlank() || row.get(4).isBlank()) {
            throw row.error(name, "every rule needs its text and its source");
        }
        return new Criterion(rule, category, selected, parameter, level, number, values, row.get(3), row.get(4));
    }

    /**
     * These criteria with a province's thresholds: each entry {@code RULE/LEVEL=value} replaces a numeric threshold;
     * an entry naming no numeric rule is an error (a typo must not silently keep the national value).
     */
    public Criteria withOverrides(List<String> overrides) {
        List<Criterion> out = new ArrayList<>(all);
        for (String entry : overrides) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            int slash = entry.indexOf('/');
            if (eq < 0 || slash < 0 || slash > eq) {
                throw new IllegalArgumentException("threshold override must be RULE/LEVEL=value, not " + entry);
            }
            String rule = entry.substring(0, slash).strip();
            String level = entry.substring(slash + 1, eq).strip();
            double value;
            try {
                value = Double.parseDouble(entry.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("threshold override " + entry + ": not a number");
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("threshold override " + entry + ": must be a finite number >= 0");
            }
            boolean found = false;
            for (int i = 0; i < out.size(); i++) {
                Criterion c = out.get(i);
                if (c.rule().equals(rule) && c.level().name().equals(level) && c.threshold() != null) {
                    out.set(i, c.withThreshold(value));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("threshold override " + entry + ": no numeric rule " + rule
                        + " for level " + level + " in " + RESOURCE);
            }
        }
        return new Criteria(out);
    }

    public List<Criterion> all() {
        return all;
    }

    public List<Criterion> of(WorkCategory category) {
        return all.stream().filter(c -> c.category() == category).toList();
    }
}
