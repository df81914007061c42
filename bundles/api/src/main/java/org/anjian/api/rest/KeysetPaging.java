package org.anjian.api.rest;

import javax.validation.constraints.Size;
import javax.ws.rs.QueryParam;
import org.anjian.api.common.PageRequest;

/**
 * {@link Paging} plus {@code after}, for the lists that page by key as well (the large platform lists): the
 * {@code next} of the previous page; with it, {@code offset} must be 0. A resource method takes it as
 * {@code @Valid @BeanParam KeysetPaging paging}.
 *
 * @since 1.2
 */
public class KeysetPaging extends Paging {
    @QueryParam("after")
    @Size(min = 1, max = 64)
    private String after;

    public KeysetPaging() {
    }

    public String getAfter() {
        return after;
    }

    @Override
    public PageRequest toPageRequest() {
        return PageRequest.of(getOffset(), getLimit(), after);
    }
}
