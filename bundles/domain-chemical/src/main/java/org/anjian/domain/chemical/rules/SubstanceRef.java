package org.anjian.domain.chemical.rules;

/**
 * How an assessment input names a substance: by CAS number, by Chinese name (or alias), or by a
 * GB 18218 hazard class only. At least one of the three is given.
 *
 * <p>Resolution order: CAS, then name; a {@code hazardClass} given with a CAS or name is the fall-back
 * for a chemical the table does not name (GB 18218: Q from 表2 and β from 表4 by its hazard class) or
 * names without a critical quantity. Given alone, it is a class reference.
 *
 * @param cas         CAS number, or {@code null}
 * @param name        Chinese name or alias, or {@code null}
 * @param hazardClass GB 18218 表2 class code such as {@code W5.1}, or {@code null}
 */
public record SubstanceRef(String cas, String name, String hazardClass) {

    public SubstanceRef {
        if (isBlank(cas) && isBlank(name) && isBlank(hazardClass)) {
            throw new IllegalArgumentException("a substance reference needs cas, name or hazardClass");
        }
    }

    public static SubstanceRef ofCas(String cas) {
        return new SubstanceRef(cas, null, null);
    }

    public static SubstanceRef ofName(String name) {
        return new SubstanceRef(null, name, null);
    }

    public static SubstanceRef ofHazardClass(String hazardClass) {
        return new SubstanceRef(null, null, hazardClass);
    }

    /** This reference with a hazard class to fall back on. */
    public SubstanceRef withHazardClass(String code) {
        return new SubstanceRef(cas, name, code);
    }

    boolean hasCas() {
        return !isBlank(cas);
    }

    boolean hasName() {
        return !isBlank(name);
    }

    boolean hasHazardClass() {
        return !isBlank(hazardClass);
    }

    /** The identifier as the caller gave it: the name if any, else the CAS number, else the class. */
    public String given() {
        if (hasName()) {
            return name;
        }
        return hasCas() ? cas : hazardClass;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
