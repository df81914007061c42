package org.anjian.core.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;

/**
 * A JPQL search over one entity: conditions added one by one with named parameters, then a count and
 * one page of results from the same conditions.
 */
public final class JpqlFilter {
    private final String entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public JpqlFilter(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds a condition (JPQL over the alias) with its parameters, given as name, value pairs. */
    public JpqlFilter where(String condition, Object... nameValuePairs) {
        conditions.add(condition);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return this;
    }

    public <E, R> Page<R> page(EntityManager em, Class<E> type, String orderBy, PageRequest page,
                               Function<E, R> mapper) {
        String from = " from " + entity + " " + alias + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        TypedQuery<E> rows = em.createQuery("select " + alias + from + " order by " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<R> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(mapper).toList();
        return new Page<>(items, total);
    }

    /** The number of matching rows. */
    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from(), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * Rows of {@code select} (JPQL over the alias, e.g. {@code e.riskColour, count(e)}) for the matching rows,
     * grouped by {@code groupBy} when given, plus the {@code extra} condition and parameters for this query only.
     */
    public List<Object[]> select(EntityManager em, String select, String groupBy, String extra, Object... nameValuePairs) {
        String where = from() + (extra == null ? "" : (conditions.isEmpty() ? " where " : " and ") + extra);
        TypedQuery<Object[]> q = em.createQuery("select " + select + where
                + (groupBy == null ? "" : " group by " + groupBy), Object[].class);
        parameters.forEach(q::setParameter);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            q.setParameter((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return q.getResultList();
    }

    /** The count of the matching rows that also meet {@code extra}. */
    public long count(EntityManager em, String extra, Object... nameValuePairs) {
        String where = from() + (conditions.isEmpty() ? " where " : " and ") + extra;
        TypedQuery<Long> q = em.createQuery("select count(" + alias + ")" + where, Long.class);
        parameters.forEach(q::setParameter);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            q.setParameter((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return q.getSingleResult();
    }

    private String from() {
        return " from " + entity + " " + alias + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    }

    /**
     * Restricts {@code column} to codes that start with {@code prefix}: a prefix of digits as its {@link PrefixRange},
     * anything else as a LIKE. An empty prefix restricts nothing. {@code name} names the parameters.
     */
    public JpqlFilter startingWith(String column, String prefix, String name) {
        if (prefix.isEmpty()) {
            return this;
        }
        java.util.Optional<PrefixRange> range = PrefixRange.ofDigits(prefix);
        if (range.isEmpty()) {
            return where(column + " like :" + name + " escape '!'", name, startingWith(prefix));
        }
        where(column + " >= :" + name + "Low", name + "Low", range.get().low());
        String high = range.get().high();
        return high == null ? this : where(column + " < :" + name + "High", name + "High", high);
    }

    /** A LIKE pattern that matches the text literally (escaping % and _ with !). */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
