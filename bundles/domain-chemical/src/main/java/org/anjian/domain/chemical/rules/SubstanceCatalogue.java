package org.anjian.domain.chemical.rules;

import org.anjian.api.kit.table.Table;
import org.anjian.api.kit.table.TableRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GB 18218-2018 tables as data: named substances (表1 critical quantities, 表3 β) and hazard classes
 * (表2 class critical quantities, 表4 class β). The default tables are the classpath resources
 * {@value #SUBSTANCES_RESOURCE} and {@value #CLASSES_RESOURCE}; a bureau can supply corrected tables
 * through {@link #load(InputStream, InputStream)}.
 *
 * <p>Substance table, header {@code name,aliases,cas,criticalQuantityTonnes,beta,hazardClass,source}:
 * <ul>
 * <li>{@code name}: required, unique; {@code aliases}: other names separated by {@code |};</li>
 * <li>{@code cas}: empty or a CAS number with a correct check digit, unique;</li>
 * <li>{@code criticalQuantityTonnes} (Q) and {@code beta} (β): empty or a positive decimal. An empty Q
 * falls back to the lowest class Q of the substance's classes (GB 18218: a chemical with several
 * hazards takes the lowest critical quantity); an empty β falls back to the highest class β, or 1 when
 * the substance has no class;</li>
 * <li>{@code hazardClass}: empty or class codes separated by {@code |}, each present in the class
 * table.</li>
 * </ul>
 * Class table, header {@code hazardClass,criticalQuantityTonnes,beta,source}: every field but
 * {@code source} required.
 *
 * <p>Lookups are exact after trimming (names are not otherwise normalised); class codes are also
 * upper-cased.
 */
public final class SubstanceCatalogue {
    public static final String SUBSTANCES_RESOURCE = "/chemical/gb18218-substances.csv";
    public static final String CLASSES_RESOURCE = "/chemical/gb18218-classes.csv";

    static final List<String> SUBSTANCE_HEADER = List.of(
            "name", "aliases", "cas", "criticalQuantityTonnes", "beta", "hazardClass", "source");
    static final List<String> CLASS_HEADER = List.of("hazardClass", "criticalQuantityTonnes", "beta", "source");

    private final List<Substance> substances;
    private final Map<String, Substance> byName;
    private final Map<String, Substance> byCas;
    private final Map<String, HazardClassLimit> classes;

    private SubstanceCatalogue(List<Substance> substances, Map<String, Substance> byName,
            Map<String, Substance> byCas, Map<String, HazardClassLimit> classes) {
        this.substances = List.copyOf(substances);
        this.byName = Map.copyOf(byName);
        this.byCas = Map.copyOf(byCas);
        this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }

    /** The tables shipped with this module. */
    public static SubstanceCatalogue loadDefault() {
        InputStream substances = SubstanceCatalogue.class.getResourceAsStream(SUBSTANCES_RESOURCE);
        InputStream classes = SubstanceCatalogue.class.getResourceAsStream(CLASSES_RESOURCE);
        if (substances == null || classes == null) {
            throw new IllegalStateException("GB 18218 tables missing from the classpath: "
                    + SUBSTANCES_RESOURCE + ", " + CLASSES_RESOURCE);
        }
        return load(substances, classes);
    }

    /**
     * Reads both tables (UTF-8 CSV; both streams are closed).
     *
     * @throws IllegalArgumentException naming the table and line of the first bad record
     */
    public static SubstanceCatalogue load(InputStream substanceTable, InputStream classTable) {
        Map<String, HazardClassLimit> classes = readClasses(classTable);
        List<Substance> substances = new ArrayList<>();
        Map<String, Substance> byName = new HashMap<>();
        Map<String, Substance> byCas = new HashMap<>();
        String table = "gb18218-substances.csv";
        for (TableRow row : Table.csv().read(substanceTable, table, SUBSTANCE_HEADER)) {
            String where = table + " line " + row.line();
            String name = row.get(0).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + ": name is required");
            }
            List<String> aliases = split(row.get(1));
            String cas = emptyToNull(row.get(2));
            if (cas != null && !CasNumber.isValid(cas)) {
                throw new IllegalArgumentException(where + ": cas " + cas + " is not a valid CAS number");
            }
            BigDecimal q = positiveDecimal(row.get(3), where, "criticalQuantityTonnes");
            BigDecimal beta = positiveDecimal(row.get(4), where, "beta");
            List<String> classCodes = split(row.get(5)).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            for (String code : classCodes) {
                if (!classes.containsKey(code)) {
                    throw new IllegalArgumentException(where + ": hazardClass " + code + " is not in the class table");
                }
            }
            Substance substance = new Substance(name, aliases, cas, q, beta, classCodes, row.get(6).trim());
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(aliases);
            for (String n : names) {
                Substance previous = byName.putIfAbsent(n, substance);
                if (previous != null) {
                    throw new IllegalArgumentException(where + ": name or alias " + n + " already used by "
                            + previous.name());
                }
            }
            if (cas != null) {
                Substance previous = byCas.putIfAbsent(cas, substance);
                if (previous != null) {
                    throw new IllegalArgumentException(where + ": cas " + cas + " already used by " + previous.name());
                }
            }
            substances.add(substance);
        }
        return new SubstanceCatalogue(substances, byName, byCas, classes);
    }

    private static Map<String, HazardClassLimit> readClasses(InputStream classTable) {
        String table = "gb18218-classes.csv";
        Map<String, HazardClassLimit> classes = new LinkedHashMap<>();
        for (TableRow row : Table.csv().read(classTable, table, CLASS_HEADER)) {
            String where = table + " line " + row.line();
            String code = row.get(0).trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                throw new IllegalArgumentException(where + ": hazardClass is required");
            }
            BigDecimal q = positiveDecimal(row.get(1), where, "criticalQuantityTonnes");
            BigDecimal beta = positiveDecimal(row.get(2), where, "beta");
            if (q == null || beta == null) {
                throw new IllegalArgumentException(where + ": criticalQuantityTonnes and beta are required");
            }
            if (classes.putIfAbsent(code, new HazardClassLimit(code, q, beta, row.get(3).trim())) != null) {
                throw new IllegalArgumentException(where + ": hazardClass " + code + " listed twice");
            }
        }
        return classes;
    }

    /** All named substances, in table order. */
    public List<Substance> substances() {
        return substances;
    }

    /** All hazard classes, in table order. */
    public Collection<HazardClassLimit> hazardClasses() {
        return classes.values();
    }

    /** The substance with this CAS number (trimmed). */
    public Optional<Substance> findByCas(String cas) {
        return cas == null ? Optional.empty() : Optional.ofNullable(byCas.get(cas.trim()));
    }

    /** The substance with this Chinese name or alias (exact after trimming). */
    public Optional<Substance> findByName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.trim()));
    }

    /** The hazard class with this code (trimmed, case-insensitive). */
    public Optional<HazardClassLimit> findHazardClass(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(classes.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * Q of a named substance: its own, else the lowest Q among its classes.
     *
     * @return the class used, or empty when the substance has neither
     */
    Optional<HazardClassLimit> lowestThresholdClass(Substance substance) {
        return substance.hazardClasses().stream()
                .map(classes::get)
                .min((a, b) -> a.thresholdQuantityTonnes().compareTo(b.thresholdQuantityTonnes()));
    }

    /** β of a named substance: its own, else the highest β among its classes, else 1. */
    BigDecimal substanceFactor(Substance substance) {
        if (substance.substanceFactor() != null) {
            return substance.substanceFactor();
        }
        return substance.hazardClasses().stream()
                .map(c -> classes.get(c).substanceFactor())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
    }

    private static List<String> split(String field) {
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String field) {
        String t = field.trim();
        return t.isEmpty() ? null : t;
    }

    private static BigDecimal positiveDecimal(String field, String where, String column) {
        String t = field.trim();
        if (t.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + column + " is not a number: " + t);
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(where + ": " + column + " must be > 0, was " + t);
        }
        return value;
    }
}
