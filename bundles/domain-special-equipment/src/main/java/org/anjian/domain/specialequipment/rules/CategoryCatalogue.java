package org.anjian.domain.specialequipment.rules;

import org.anjian.api.kit.table.Table;
import org.anjian.api.kit.table.TableRow;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 特种设备目录 (categories.csv): a tree of category codes. Immutable and thread-safe.
 *
 * <p>Lookups trim the code and accept lower-case letters ({@code 4a00} finds {@code 4A00}); the code
 * validators in {@link EquipmentCodes} are strict instead.
 */
public final class CategoryCatalogue {

    /** Classpath location of the bundled catalogue. */
    public static final String RESOURCE = "/specialequipment/categories.csv";
    static final List<String> HEADER = List.of("code", "parentCode", "nameZh", "nameEn", "source");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}");

    private static volatile CategoryCatalogue bundled;

    private final Map<String, Category> byCode;
    private final Map<String, List<Category>> children;

    private CategoryCatalogue(Map<String, Category> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<Category>> kids = new LinkedHashMap<>();
        for (Category c : byCode.values()) {
            if (c.parentCode() != null) {
                kids.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(kids);
    }

    /** The catalogue shipped with this bundle (loaded once). */
    public static CategoryCatalogue bundled() {
        CategoryCatalogue result = bundled;
        if (result == null) {
            synchronized (CategoryCatalogue.class) {
                result = bundled;
                if (result == null) {
                    result = load(Table.resource(CategoryCatalogue.class, RESOURCE), RESOURCE);
                    bundled = result;
                }
            }
        }
        return result;
    }

    /** Reads a catalogue in the categories.csv format (UTF-8); fails on any inconsistency. */
    public static CategoryCatalogue load(InputStream in, String name) {
        return fromRows(Table.csv().read(in, name, HEADER), name);
    }

    /** Reads a catalogue in the categories.csv format; fails on any inconsistency. */
    public static CategoryCatalogue load(Reader reader, String name) {
        return fromRows(Table.csv().read(reader, name, HEADER), name);
    }

    /** Builds a catalogue from categories; parents must be present, codes unique, no cycles. */
    public static CategoryCatalogue of(Collection<Category> categories) {
        Map<String, Category> map = new LinkedHashMap<>();
        for (Category c : categories) {
            if (map.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("Duplicate category code " + c.code());
            }
        }
        for (Category c : map.values()) {
            if (c.parentCode() != null && !map.containsKey(c.parentCode())) {
                throw new IllegalArgumentException("Category " + c.code() + " has unknown parent " + c.parentCode());
            }
            Set<String> seen = new HashSet<>();
            for (Category p = c; p != null; p = p.parentCode() == null ? null : map.get(p.parentCode())) {
                if (!seen.add(p.code())) {
                    throw new IllegalArgumentException("Category " + c.code() + " is part of a parent cycle");
                }
            }
        }
        return new CategoryCatalogue(map);
    }

    private static CategoryCatalogue fromRows(List<TableRow> rows, String name) {
        List<Category> categories = new ArrayList<>();
        for (TableRow row : rows) {
            try {
                String parent = row.get(1).isEmpty() ? null : row.get(1);
                String source = SourceTag.require(row, 4, name);
                categories.add(new Category(row.get(0), parent, row.get(2), row.get(3), source));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return of(categories);
    }

    static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(normalise(code)));
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /**
     * The category itself followed by its ancestors up to the top level, e.g. 2220 → [2220, 2200,
     * 2000]; empty for an unknown code.
     */
    public List<Category> parentChain(String code) {
        List<Category> chain = new ArrayList<>();
        for (Category c = find(code).orElse(null); c != null; c = c.parentCode() == null ? null : byCode.get(c.parentCode())) {
            chain.add(c);
        }
        return List.copyOf(chain);
    }

    /** The codes of {@link #parentChain(String)}. */
    public List<String> parentChainCodes(String code) {
        return parentChain(code).stream().map(Category::code).toList();
    }

    /** The top-level category (e.g. 2220 → 2000; 2000 → 2000); empty for an unknown code. */
    public Optional<Category> topLevel(String code) {
        List<Category> chain = parentChain(code);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    /** The direct children of a category, in file order. */
    public List<Category> children(String code) {
        return children.getOrDefault(normalise(code), List.of());
    }

    /** True if {@code code} is {@code ancestorCode} or lies below it. */
    public boolean isWithin(String code, String ancestorCode) {
        String ancestor = normalise(ancestorCode);
        return parentChain(code).stream().anyMatch(c -> c.code().equals(ancestor));
    }

    /** Every category, in file order. */
    public Collection<Category> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }
}
