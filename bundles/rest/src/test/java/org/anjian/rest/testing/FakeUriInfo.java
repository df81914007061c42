package org.anjian.rest.testing;

import java.net.URI;
import java.util.List;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

/** A UriInfo that knows only its path (relative to the application) and the full request URI. */
public final class FakeUriInfo implements UriInfo {
    private final String path;
    private final URI requestUri;

    public FakeUriInfo(String path, URI requestUri) {
        this.path = path;
        this.requestUri = requestUri;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public String getPath(boolean decode) {
        return path;
    }

    @Override
    public URI getRequestUri() {
        return requestUri;
    }

    private static IllegalStateException notNeeded() {
        return new IllegalStateException("not needed by the code under test");
    }

    @Override
    public List<PathSegment> getPathSegments() {
        throw notNeeded();
    }

    @Override
    public List<PathSegment> getPathSegments(boolean decode) {
        throw notNeeded();
    }

    @Override
    public UriBuilder getRequestUriBuilder() {
        throw notNeeded();
    }

    @Override
    public URI getAbsolutePath() {
        throw notNeeded();
    }

    @Override
    public UriBuilder getAbsolutePathBuilder() {
        throw notNeeded();
    }

    @Override
    public URI getBaseUri() {
        throw notNeeded();
    }

    @Override
    public UriBuilder getBaseUriBuilder() {
        throw notNeeded();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters() {
        throw notNeeded();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters(boolean decode) {
        throw notNeeded();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters() {
        throw notNeeded();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
        throw notNeeded();
    }

    @Override
    public List<String> getMatchedURIs() {
        throw notNeeded();
    }

    @Override
    public List<String> getMatchedURIs(boolean decode) {
        throw notNeeded();
    }

    @Override
    public List<Object> getMatchedResources() {
        throw notNeeded();
    }

    @Override
    public URI resolve(URI uri) {
        throw notNeeded();
    }

    @Override
    public URI relativize(URI uri) {
        throw notNeeded();
    }
}
