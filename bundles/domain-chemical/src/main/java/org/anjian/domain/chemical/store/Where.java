package org.anjian.domain.chemical.store;

import java.util.ArrayList;
import java.util.List;

/** Builds a WHERE clause of AND-ed conditions with their parameters (values are always bound). */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public Where and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** Adds the condition when the value is not null. */
    public Where andIf(Object value, String condition) {
        return value == null ? this : and(condition, value);
    }

    /** A condition the platform made (the caller's enterprises, for one), with its parameters. */
    public Where and(org.anjian.api.common.SqlCondition condition) {
        conditions.add("(" + condition.sql() + ")");
        params.addAll(condition.params());
        return this;
    }

    /** Rows whose region code starts with the jurisdiction prefix (no condition for an empty prefix). */
    public Where within(String column, String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isEmpty()) {
            return this;
        }
        String escaped = jurisdiction.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return and(column + " LIKE ? ESCAPE '\\'", escaped + "%");
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Object[] params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
