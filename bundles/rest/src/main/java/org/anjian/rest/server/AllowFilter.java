package org.anjian.rest.server;

import java.util.Optional;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * The {@code Allow} header of a 405 and of an OPTIONS answer lists the methods of the resource at the request's
 * path (CXF lists those of every resource of the endpoint); other answers carry none.
 */
public class AllowFilter implements ContainerResponseFilter {
    private final ResourceMethods methods;

    public AllowFilter(ResourceMethods methods) {
        this.methods = methods;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean options = "OPTIONS".equals(request.getMethod()) && response.getStatus() < 300;
        if (!options && response.getStatus() != 405) {
            response.getHeaders().remove("Allow"); // CXF adds its list to a 404 as well
            return;
        }
        Optional<Set<String>> allowed = methods.allowedRelative(request.getUriInfo().getPath());
        response.getHeaders().remove("Allow");
        allowed.ifPresent(m -> response.getHeaders().putSingle("Allow", String.join(",", m)));
    }
}
