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

    /** Lists are counted up to this many rows (or the page's end, if deeper); beyond it the total is a lower bound. */
    public static final int COUNT_CAP = 1000;

    /**
     * The unique column a list is ordered and paged by, its direction, and how a record's key is written into
     * {@link Page#next()} and read back from {@link PageRequest#after()} (a key that does not parse is a
     * {@code ValidationException} naming {@code after}).
     */
    public record Keyset<E>(String column, boolean descending, Function<E, String> keyOf, Function<String, Object> parse) {
    }

    /**
     * One page in key order, from {@code page.offset()} or after {@code page.after()} (keyset: a deep page costs what
     * the first does), with {@code next} when more follow. The total is exact up to {@link #COUNT_CAP} (or the end
     * of the page, if deeper); beyond that it is the cap, with {@code totalExact} false: the count reads at most that
     * many keys instead of every matching row on every page.
     */
    public <E, R> Page<R> page(EntityManager em, Class<E> type, Keyset<E> key, PageRequest page, Function<E, R> mapper) {
        return pageOf(em, type, key, page, rows -> rows.stream().map(mapper).toList());
    }

    /**
     * {@link #page(EntityManager, Class, Keyset, PageRequest, Function)} with the page's rows mapped together, so that
     * what they refer to (their enterprises' names, say) is read in one query for the page instead of one per row.
     */
    public <E, R> Page<R> pageOf(EntityManager em, Class<E> type, Keyset<E> key, PageRequest page,
                                 Function<List<E>, List<R>> mapper) {
        String from = from();
        int cap = Math.max(COUNT_CAP, page.offset() + page.limit());
        TypedQuery<Object> probe = em.createQuery("select " + key.column() + from, Object.class);
        parameters.forEach(probe::setParameter);
        long counted = probe.setMaxResults(cap + 1).getResultList().size();

        String rowsWhere = from;
        Object after = null;
        if (page.after() != null) {
            after = key.parse().apply(page.after());
            rowsWhere += (conditions.isEmpty() ? " where " : " and ") + key.column()
                    + (key.descending() ? " < " : " > ") + ":keysetAfter";
        }
        TypedQuery<E> rows = em.createQuery("select " + alias + rowsWhere + " order by " + key.column()
                + (key.descending() ? " desc" : ""), type);
        parameters.forEach(rows::setParameter);
        if (after != null) {
            rows.setParameter("keysetAfter", after);
        }
        List<E> found = rows.setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        boolean more = found.size() > page.limit();
        List<E> shown = more ? found.subList(0, page.limit()) : found;
        List<R> items = mapper.apply(shown);
        return new Page<>(items, Math.min(counted, cap), counted <= cap,
                more ? key.keyOf().apply(shown.get(shown.size() - 1)) : null);
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
