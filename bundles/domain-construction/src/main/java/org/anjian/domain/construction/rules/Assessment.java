package org.anjian.domain.construction.rules;

import java.util.List;
import java.util.Map;

/**
 * The answer of the 危大工程 judgement: the level, what the level requires, and every criterion the work meets with
 * the value that met it (the basis explains the level; an empty basis is a NONE).
 */
public record Assessment(String category, String categoryName, Map<String, Object> parameters, Level level,
                         String levelName, List<Requirement> requirements, List<Basis> basis) {
    public Assessment {
        parameters = Map.copyOf(parameters);
        requirements = List.copyOf(requirements);
        basis = List.copyOf(basis);
    }

    /** What the regulation requires of a work of this level. */
    public record Requirement(String code, String text, String source) {
        public static final String SPECIAL_PLAN = "SPECIAL_PLAN";
        public static final String EXPERT_REVIEW = "EXPERT_REVIEW";
    }

    /** A criterion met: its rule, the parameter and value (when it has one), the threshold in force, its text. */
    public record Basis(String rule, String level, String parameter, Object value, Object threshold, String text,
                        String source) {
    }

    public boolean requires(String code) {
        return requirements.stream().anyMatch(r -> r.code().equals(code));
    }
}
