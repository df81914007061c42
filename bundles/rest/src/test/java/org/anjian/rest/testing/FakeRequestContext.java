package org.anjian.rest.testing;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

/**
 * A hand-written request context for filter tests: a URI, headers, an optional body, and capture of
 * {@link #abortWith(Response)} and {@link #setSecurityContext(SecurityContext)}.
 */
public final class FakeRequestContext implements javax.ws.rs.container.ContainerRequestContext {
    private final UriInfo uriInfo;
    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    private final Map<String, Object> properties = new HashMap<>();
    private final List<Response> aborts = new ArrayList<>();
    private final List<SecurityContext> securityContexts = new ArrayList<>();
    private String method = "GET";
    private int length = -1;
    private InputStream entity;

    public FakeRequestContext(String path) {
        this(path, URI.create("http://localhost:8181/api/v1/" + stripSlashes(path)));
    }

    public FakeRequestContext(String path, URI requestUri) {
        this.uriInfo = new FakeUriInfo(path, requestUri);
    }

    private static String stripSlashes(String path) {
        return path.replaceFirst("^/+", "");
    }

    public FakeRequestContext header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    public FakeRequestContext body(InputStream body, int declaredLength) {
        this.entity = body;
        this.length = declaredLength;
        return this;
    }

    /** The response the filter aborted with, or null. Fails if it aborted more than once. */
    public Response aborted() {
        if (aborts.size() > 1) {
            throw new AssertionError("abortWith called " + aborts.size() + " times");
        }
        return aborts.isEmpty() ? null : aborts.get(0);
    }

    /** The security context the filter set, or null. Fails if it was set more than once. */
    public SecurityContext securityContext() {
        if (securityContexts.size() > 1) {
            throw new AssertionError("setSecurityContext called " + securityContexts.size() + " times");
        }
        return securityContexts.isEmpty() ? null : securityContexts.get(0);
    }

    @Override
    public UriInfo getUriInfo() {
        return uriInfo;
    }

    @Override
    public String getHeaderString(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return String.join(",", e.getValue());
            }
        }
        return null;
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
        return headers;
    }

    @Override
    public void abortWith(Response response) {
        aborts.add(response);
    }

    @Override
    public void setSecurityContext(SecurityContext context) {
        securityContexts.add(context);
    }

    @Override
    public SecurityContext getSecurityContext() {
        return securityContexts.isEmpty() ? null : securityContexts.get(securityContexts.size() - 1);
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public boolean hasEntity() {
        return entity != null;
    }

    @Override
    public InputStream getEntityStream() {
        return entity;
    }

    @Override
    public void setEntityStream(InputStream input) {
        this.entity = input;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public void setMethod(String method) {
        this.method = method;
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Collection<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public void setProperty(String name, Object object) {
        properties.put(name, object);
    }

    @Override
    public void removeProperty(String name) {
        properties.remove(name);
    }

    private static IllegalStateException notNeeded() {
        return new IllegalStateException("not needed by the code under test");
    }

    @Override
    public void setRequestUri(URI requestUri) {
        throw notNeeded();
    }

    @Override
    public void setRequestUri(URI baseUri, URI requestUri) {
        throw notNeeded();
    }

    @Override
    public Request getRequest() {
        throw notNeeded();
    }

    @Override
    public Date getDate() {
        throw notNeeded();
    }

    @Override
    public Locale getLanguage() {
        throw notNeeded();
    }

    @Override
    public MediaType getMediaType() {
        throw notNeeded();
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        throw notNeeded();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        throw notNeeded();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        throw notNeeded();
    }
}
