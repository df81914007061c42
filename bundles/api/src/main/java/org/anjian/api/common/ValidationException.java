package org.anjian.api.common;

/** A value supplied for a named field breaks a domain rule. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending field. */
    public String field() {
        return field;
    }
}
