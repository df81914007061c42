package org.anjian.rest.security;

import org.anjian.api.security.CallerPrincipal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Authenticator;
import org.anjian.rest.errors.ApiError;

/**
 * Every request but the public ones (health, the OpenAPI document) must carry credentials that one
 * of the registered {@link Authenticator}s accepts; otherwise 401.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    static final Set<String> PUBLIC_PATHS = Set.of("health", "openapi.json");
    /** Console assets of domains (ES modules, styles): code only, loaded by the browser with import(). */
    static final String PUBLIC_PREFIX = "console/";

    private final Supplier<List<Authenticator>> authenticators;

    public AuthenticationFilter(Supplier<List<Authenticator>> authenticators) {
        this.authenticators = authenticators;
    }

    /** Whether a path below the endpoint (without the leading slash) is served without credentials. */
    public static boolean isPublic(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return PUBLIC_PATHS.contains(p) || (p.startsWith(PUBLIC_PREFIX) && !p.equals(PUBLIC_PREFIX + "pages"))
                || isPeerCallback(p);
    }

    /** The operator collections under exchange/; anything else there is a peer's callback root. */
    static final Set<String> EXCHANGE_COLLECTIONS = Set.of("peers", "runs", "backlog", "dead-letters");

    /**
     * {@code exchange/{peer}/{resource}} for a peer (not an operator collection): a peer's callback, which carries the
     * peer's signature instead of a user's credentials and is authenticated by that peer.
     */
    static boolean isPeerCallback(String p) {
        if (!p.startsWith("exchange/")) {
            return false;
        }
        String rest = p.substring("exchange/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && slash < rest.length() - 1 && !EXCHANGE_COLLECTIONS.contains(rest.substring(0, slash));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(request.getUriInfo().getPath())) {
            return;
        }
        Optional<AnjianPrincipal> caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            Response.ResponseBuilder r = Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("UNAUTHORIZED", "valid credentials are required"));
            for (Authenticator a : authenticators.get()) {
                r.header(HttpHeaders.WWW_AUTHENTICATE, a.scheme() + " realm=\"anjian\"");
            }
            request.abortWith(r.build());
            return;
        }
        boolean secure = request.getUriInfo().getRequestUri().getScheme().equals("https");
        CallerPrincipal principal = new CallerPrincipal(caller.get());
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.principal().hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "anjian";
            }
        });
    }

    private Optional<AnjianPrincipal> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        int space = header.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = header.substring(space + 1).strip();
        for (Authenticator a : authenticators.get()) {
            if (a.scheme().toLowerCase(Locale.ROOT).equals(scheme)) {
                Optional<AnjianPrincipal> p = a.authenticate(credentials);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }
}
