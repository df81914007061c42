package org.anjian.rest.server;

import java.lang.reflect.Method;
import java.net.URI;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.UriBuilder;
import org.anjian.api.rest.Created;

/**
 * A successful call of a method marked {@link Created} is answered {@code 201 Created} with the new record's
 * {@code Location}: the request URI followed by the record's id property.
 */
public class CreatedFilter implements ContainerResponseFilter {
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !response.hasEntity() || resource == null) {
            return;
        }
        Method method = resource.getResourceMethod();
        Created created = method == null ? null : method.getAnnotation(Created.class);
        if (created == null) {
            return;
        }
        Object id = idOf(response.getEntity(), created.idProperty());
        response.setStatus(201);
        if (id != null) {
            URI location = UriBuilder.fromUri(request.getUriInfo().getAbsolutePath()).path(String.valueOf(id)).build();
            response.getHeaders().putSingle(HttpHeaders.LOCATION, location);
        }
    }

    static Object idOf(Object entity, String property) {
        Class<?> type = entity.getClass();
        for (String name : new String[] {property, "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1)}) {
            try {
                Method accessor = type.getMethod(name);
                return accessor.invoke(entity);
            } catch (ReflectiveOperationException e) {
                // try the next form
            }
        }
        throw new IllegalStateException("@Created on a method returning " + type.getSimpleName()
                + ", which has no property " + property);
    }
}
