package org.anjian.api.rest;

import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.ws.rs.QueryParam;
import org.anjian.api.common.PageRequest;

/**
 * The paging parameters of a list endpoint, {@code offset} (0 or more, default 0) and {@code limit} (1 to
 * {@value PageRequest#MAX_LIMIT}, default {@value PageRequest#DEFAULT_LIMIT}): a resource method takes it as
 * {@code @Valid @BeanParam Paging paging}.
 */
public class Paging {
    @QueryParam("offset")
    @Min(0)
    private Integer offset;

    @QueryParam("limit")
    @Min(1)
    @Max(PageRequest.MAX_LIMIT)
    private Integer limit;

    public Paging() {
    }

    public Paging(Integer offset, Integer limit) {
        this.offset = offset;
        this.limit = limit;
    }

    public Integer getOffset() {
        return offset;
    }

    public Integer getLimit() {
        return limit;
    }

    public PageRequest toPageRequest() {
        return PageRequest.of(offset, limit);
    }
}
