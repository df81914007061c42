package org.anjian.rest.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.ws.rs.core.MultivaluedHashMap;
import org.anjian.web.spi.AllowedMethods;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;

/**
 * The HTTP methods of each resource of one endpoint, from its JAX-RS model: what an {@code Allow} header lists
 * for a path (CXF's own lists every method of every resource of the endpoint).
 */
public final class ResourceMethods implements AllowedMethods {
    private record Route(URITemplate template, String method) {
    }

    private final String address;
    private final Supplier<List<ClassResourceInfo>> resources;
    private volatile List<Route> routes;

    /**
     * @param address the endpoint's address below the servlet ({@code /v1}, {@code /v1/domains/chemical})
     * @param resources its root resources, read once on first use
     */
    public ResourceMethods(String address, Supplier<List<ClassResourceInfo>> resources) {
        this.address = "/" + address.replaceAll("^/+|/+$", "");
        this.resources = resources;
    }

    /** @param path the request path below the servlet */
    @Override
    public Optional<Set<String>> allowed(String path) {
        if (path == null || !(path.equals(address) || path.startsWith(address + "/"))) {
            return Optional.empty();
        }
        return allowedRelative(path.substring(address.length()));
    }

    /** @param relative the path below this endpoint's address ({@code /hazards/42}) */
    public Optional<Set<String>> allowedRelative(String relative) {
        String p = relative.isEmpty() ? "/" : relative.startsWith("/") ? relative : "/" + relative;
        Set<String> methods = new TreeSet<>();
        for (Route r : routes()) {
            if (r.template().match(p, new MultivaluedHashMap<>())
                    && isFinal(r.template(), p)) {
                methods.add(r.method());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(methods);
    }

    private static boolean isFinal(URITemplate template, String path) {
        MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
        template.match(path, values);
        String rest = values.getFirst(URITemplate.FINAL_MATCH_GROUP);
        return rest == null || rest.isEmpty() || rest.equals("/");
    }

    private List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            r = new ArrayList<>();
            for (ClassResourceInfo cri : resources.get()) {
                if (cri.getServiceClass().isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)) {
                    continue; // the answer for modules that are not installed: no resource of its own
                }
                String base = cri.getURITemplate() == null ? "/" : cri.getURITemplate().getValue();
                for (OperationResourceInfo ori : cri.getMethodDispatcher().getOperationResourceInfos()) {
                    if (ori.getHttpMethod() == null) {
                        continue; // a sub-resource locator: none in this API
                    }
                    String sub = ori.getURITemplate() == null ? "" : ori.getURITemplate().getValue();
                    r.add(new Route(URITemplate.createExactTemplate(join(base, sub)), ori.getHttpMethod()));
                }
            }
            routes = List.copyOf(r);
        }
        return r;
    }

    private static String join(String base, String sub) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String s = sub.isEmpty() || sub.equals("/") ? "" : sub.startsWith("/") ? sub : "/" + sub;
        String joined = b + s;
        return joined.isEmpty() ? "/" : joined;
    }
}
