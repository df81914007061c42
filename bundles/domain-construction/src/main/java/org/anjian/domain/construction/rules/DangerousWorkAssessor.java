package org.anjian.domain.construction.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.api.common.ValidationException;

/**
 * Judges a work against the criteria: checks its parameters (unknown, missing or ill-typed ones are refused naming
 * {@code parameters.<name>}), then collects every criterion it meets; the level is the highest met. A pure function
 * of the criteria in force and the parameters.
 */
public final class DangerousWorkAssessor {
    static final Assessment.Requirement SPECIAL_PLAN = new Assessment.Requirement(Assessment.Requirement.SPECIAL_PLAN,
            "编制专项施工方案，经施工单位技术负责人审核签字、加盖单位公章，并由总监理工程师审查签字、加盖执业印章后方可实施",
            "住建部令第37号 第十条、第十一条");
    static final Assessment.Requirement EXPERT_REVIEW = new Assessment.Requirement(Assessment.Requirement.EXPERT_REVIEW,
            "施工单位组织召开专家论证会对专项施工方案进行论证，按论证报告修改完善后方可实施",
            "住建部令第37号 第十二条");

    private final Criteria criteria;

    public DangerousWorkAssessor(Criteria criteria) {
        this.criteria = criteria;
    }

    public Criteria criteria() {
        return criteria;
    }

    /** The category by its code; an unknown or absent one is refused naming {@code category}. */
    public static WorkCategory category(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException("category", "is required, one of " + Arrays.toString(WorkCategory.values()));
        }
        try {
            return WorkCategory.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("category", "unknown category " + code + ", one of "
                    + Arrays.toString(WorkCategory.values()));
        }
    }

    public Assessment assess(String categoryCode, Map<String, ?> parameters) {
        WorkCategory category = category(categoryCode);
        Map<String, Object> values = checked(category, parameters == null ? Map.of() : parameters);
        String selected = category.selector().map(s -> (String) values.get(s)).orElse(null);
        List<Assessment.Basis> basis = new ArrayList<>();
        Level level = Level.NONE;
        for (Criterion c : criteria.of(category)) {
            if (c.selected() != null && !c.selected().equals(selected)) {
                continue;
            }
            Object value = c.parameter() == null ? null : values.get(c.parameter());
            if (!meets(category, c, value, values)) {
                continue;
            }
            basis.add(new Assessment.Basis(c.key(), c.level().name(), c.parameter(), value,
                    c.threshold() != null ? c.threshold() : c.values().isEmpty() ? null : c.values(), c.describe(),
                    c.source()));
            if (c.level().atLeast(level)) {
                level = c.level();
            }
        }
        basis.sort(Comparator.comparing((Assessment.Basis b) -> Level.valueOf(b.level())).reversed());
        return new Assessment(category.name(), category.nameZh(), values, level, level.nameZh(), requirements(level),
                basis);
    }

    /** What a work of the level requires: nothing, the special plan, or the plan and its expert review. */
    public static List<Assessment.Requirement> requirements(Level level) {
        return switch (level) {
            case NONE -> List.of();
            case DANGEROUS -> List.of(SPECIAL_PLAN);
            case BEYOND_SCALE -> List.of(SPECIAL_PLAN, EXPERT_REVIEW);
        };
    }

    private static boolean meets(WorkCategory category, Criterion c, Object value, Map<String, Object> values) {
        if (c.parameter() == null) {
            return true;
        }
        Parameter p = category.parameter(c.parameter()).orElseThrow();
        if (p.guard() != null && !Boolean.TRUE.equals(values.get(p.guard()))) {
            return false;
        }
        return switch (p.kind()) {
            case NUMBER -> value != null && ((Double) value) >= c.threshold();
            case FLAG -> Boolean.TRUE.equals(value);
            case VALUE -> value != null && c.values().contains((String) value);
        };
    }

    /** The parameters as numbers (double), flags (boolean, absent = false) and values, or a 400 naming the first bad one. */
    static Map<String, Object> checked(WorkCategory category, Map<String, ?> given) {
        for (String name : given.keySet()) {
            if (category.parameter(name).isEmpty()) {
                throw new ValidationException("parameters." + name, "is not a parameter of " + category + " ("
                        + category.nameZh() + "); its parameters are "
                        + category.parameters().stream().map(Parameter::name).toList());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : category.parameters()) {
            Object v = given.get(p.name());
            String field = "parameters." + p.name();
            switch (p.kind()) {
                case NUMBER -> {
                    if (v == null) {
                        if (p.required()) {
                            throw new ValidationException(field, "is required for " + category + " (a number, " + p.unit() + ")");
                        }
                        continue;
                    }
                    double d = number(field, v, p.unit());
                    out.put(p.name(), d);
                }
                case FLAG -> {
                    if (v != null && !(v instanceof Boolean)) {
                        throw new ValidationException(field, "must be true or false");
                    }
                    out.put(p.name(), Boolean.TRUE.equals(v));
                }
                case VALUE -> {
                    if (v == null) {
                        if (p.required()) {
                            throw new ValidationException(field, "is required for " + category + ", one of " + p.values());
                        }
                        continue;
                    }
                    if (!(v instanceof String s) || !p.values().contains(s)) {
                        throw new ValidationException(field, "must be one of " + p.values());
                    }
                    out.put(p.name(), s);
                }
            }
        }
        return out;
    }

    private static double number(String field, Object v, String unit) {
        double d;
        if (v instanceof Number n && !(v instanceof Float || v instanceof Double) || v instanceof BigDecimal) {
            d = new BigDecimal(v.toString()).doubleValue();
        } else if (v instanceof Double || v instanceof Float) {
            d = ((Number) v).doubleValue();
        } else {
            throw new ValidationException(field, "must be a number (" + unit + ")");
        }
        if (!Double.isFinite(d) || d < 0 || d > 1_000_000) {
            throw new ValidationException(field, "must be a number from 0 to 1000000 (" + unit + ")");
        }
        return d;
    }
}
