package org.anjian.api.common;

/** The caller is authenticated but the action is not permitted for their roles. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
