package org.anjian.api.common;

/** The request is well formed but conflicts with the current state (duplicate key, stale version, ...). */
public class ConflictException extends RuntimeException {
    private final String code;
    private final String field;

    public ConflictException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() { return code; }
    public String field() { return field; }
}
