package org.anjian.api.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition for a module's own SQL: text with {@code ?} placeholders and the values they bind, in order. Made by the
 * platform (the jurisdiction of a caller, for one) so that a module appends it to its {@code WHERE} and never builds
 * the rule itself.
 */
public record SqlCondition(String sql, List<Object> params) {
    public static final SqlCondition TRUE = new SqlCondition("1 = 1", List.of());
    public static final SqlCondition FALSE = new SqlCondition("1 = 0", List.of());

    public SqlCondition {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    /** {@code column IN (?, ?, …)} over the values; {@link #FALSE} for none. */
    public static SqlCondition in(String column, java.util.Collection<?> values) {
        if (values.isEmpty()) {
            return FALSE;
        }
        return new SqlCondition(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                new ArrayList<>(values));
    }

    public boolean isTrue() {
        return this.equals(TRUE);
    }
}
