package org.anjian.domain.chemical.rules;

/** A substance or hazard class that the GB 18218 tables do not contain. */
public class UnknownSubstanceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String reference;
    private final String field;

    public UnknownSubstanceException(String reference, String field) {
        super(field + ": unknown substance \"" + reference + "\"; it is not in the GB 18218 tables"
                + " (give its hazardClass to use the class critical quantity)");
        this.reference = reference;
        this.field = field;
    }

    /** The substance (name, CAS number or class code) exactly as the caller gave it. */
    public String reference() {
        return reference;
    }

    /** The input field, e.g. {@code substances[2].name}. */
    public String field() {
        return field;
    }
}
