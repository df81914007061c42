package org.anjian.api.common;

import java.util.List;

/**
 * One page of a list: {@code {"items":[...],"total":N,"totalExact":true,"next":null}}.
 *
 * @param items      the page's records
 * @param total      how many records the filters select; when {@code totalExact} is false, at least this many (a
 *                   large list is counted up to a cap rather than scanned whole on every page)
 * @param totalExact whether {@code total} is the exact count
 * @param next       when more records follow this page, the key to ask for them with ({@code after=}, on lists that
 *                   take it); null on the last page, and on lists without keyset paging
 */
public record Page<T>(List<T> items, long total, boolean totalExact, String next) {
    public Page {
        items = List.copyOf(items);
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more: " + total);
        }
    }

    /** A page of an exactly counted list without keyset paging. */
    public Page(List<T> items, long total) {
        this(items, total, true, null);
    }

    /**
     * Whether records follow this page, which started at {@code offset}: it has a {@code next} key, or the count says
     * so. Iterate a list with this, not with {@code total}, which may be a lower bound.
     *
     * @since 1.2
     */
    public boolean hasMoreAfter(int offset) {
        return next != null || (!items.isEmpty() && offset + items.size() < total);
    }
}
