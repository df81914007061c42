package org.anjian.api.common;

/** A record does not exist, or lies outside the caller's jurisdiction (the two are not told apart). */
public class NotFoundException extends RuntimeException {
    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        super(kind + " " + key + " not found");
        this.kind = kind;
        this.key = key;
    }

    public String kind() { return kind; }
    public String key() { return key; }
}
