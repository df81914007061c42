package org.anjian.api.common;

import java.util.List;

/** One page of a list: {@code {"items":[...],"total":N}}. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
