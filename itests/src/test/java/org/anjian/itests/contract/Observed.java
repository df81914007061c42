package org.anjian.itests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values the running API has shown (ids, credit codes, region codes of the records its lists return), by
 * property name and by collection: valid requests use them, so that they reach past "not found" into the rules.
 */
final class Observed {
    private final Map<String, Set<JsonNode>> byName = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> items = new LinkedHashMap<>();

    /** Remembers the items of a list answer of the collection at {@code path} (document base included). */
    void list(String path, JsonNode page) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            rows.add(item);
            collect(item, 0);
        }
        items.put(path, rows);
    }

    private void collect(JsonNode node, int depth) {
        if (depth > 3 || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isTextual() || v.isIntegralNumber()) {
                Set<JsonNode> set = byName.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                if (set.size() < 40) {
                    set.add(v);
                }
            } else if (v.isObject()) {
                collect(v, depth + 1);
            } else if (v.isArray()) {
                for (JsonNode x : v) {
                    collect(x, depth + 1);
                }
            }
        }
    }

    /** Values seen under this property name (credit codes also under the names that hold them elsewhere). */
    List<JsonNode> named(String name) {
        Set<JsonNode> out = new LinkedHashSet<>(byName.getOrDefault(name, Set.of()));
        if (name.endsWith("CreditCode") || name.equals("enterprise") || name.equals("members")) {
            out.addAll(byName.getOrDefault("creditCode", Set.of()));
            out.addAll(byName.getOrDefault("enterpriseCreditCode", Set.of()));
        }
        return List.copyOf(out);
    }

    /** The items a list at the given path returned. */
    List<JsonNode> itemsOf(String path) {
        return items.getOrDefault(path, List.of());
    }
}
