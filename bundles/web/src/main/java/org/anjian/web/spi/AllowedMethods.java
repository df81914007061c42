package org.anjian.web.spi;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The HTTP methods a resource of the API supports, for the {@code Allow} header of answers given before the
 * API sees the request (a refused TRACE). Registered by the REST layer, one service per published endpoint.
 */
@ConsumerType
public interface AllowedMethods {
    /**
     * @param path the request path below the API servlet, e.g. {@code /v1/hazards/42}
     * @return the methods of the resource at that path, or empty when this endpoint has no such resource
     */
    Optional<Set<String>> allowed(String path);
}
