package org.anjian.rest.server;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.anjian.api.rest.Upload;
import org.anjian.rest.errors.ApiError;

/**
 * The body limit of the matched method: {@code maxBodyBytes} unless the method is an {@link Upload}, whose larger
 * limit {@link BodySizeLimitFilter} already applies before matching.
 */
@Priority(Priorities.AUTHENTICATION + 50)
public class MethodBodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    @Context
    private ResourceInfo resource;

    public MethodBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(Upload.class)) {
            return;
        }
        if (request.getLength() > maxBytes) {
            request.abortWith(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("PAYLOAD_TOO_LARGE", "the request body exceeds " + maxBytes + " bytes")).build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new BodySizeLimitFilter.Limited(request.getEntityStream(), maxBytes));
        }
    }
}
