package org.anjian.api.common;

/**
 * Offset paging with a bounded page size; on lists with keyset paging also {@code after}: the {@link Page#next()} key
 * of the previous page, so that a deep page costs what the first does.
 */
public record PageRequest(int offset, int limit, String after) {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        if (offset < 0) {
            throw new ValidationException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        after = after == null || after.isBlank() ? null : after.strip();
        if (after != null && offset != 0) {
            throw new ValidationException("offset", "give offset or after, not both");
        }
    }

    public PageRequest(int offset, int limit) {
        this(offset, limit, null);
    }

    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** @since 1.2 */
    public static PageRequest of(Integer offset, Integer limit, String after) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit, after);
    }
}
