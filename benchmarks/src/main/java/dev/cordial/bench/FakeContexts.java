package dev.cordial.bench;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request/response context pair that every filter under test sees alike: plain maps for
 * headers and properties, reused across invocations and cleared by {@link #reset}. Hand-written
 * classes, not proxies, so a call costs what it costs in a container's own context objects. Only
 * what CORS filters use is implemented; anything else throws, so a filter that needed more would
 * fail loudly rather than be measured wrongly.
 */
public final class FakeContexts {

    public final MultivaluedMap<String, String> requestHeaders = new MultivaluedHashMap<>();
    public final MultivaluedMap<String, Object> responseHeaders = new MultivaluedHashMap<>();
    public final Map<String, Object> properties = new HashMap<>();
    public String method = "GET";
    public String path = "bench";
    public Response aborted;
    /** What {@code UriInfo.getMatchedResources()} returns: empty before matching, one resource after. */
    public List<Object> matchedResources = List.of();

    public final ContainerRequestContext request = new FakeRequest();
    public final ContainerResponseContext response = new FakeResponse();
    private final UriInfo uriInfo;
    private static final URI BASE_URI = URI.create("http://api.example.com/api/");

    public FakeContexts() {
        uriInfo = new FakeUriInfo();
    }

    /** Back to a fresh request with the given headers (name, value, name, value, ...). */
    public void reset(String... headers) {
        requestHeaders.clear();
        responseHeaders.clear();
        properties.clear();
        aborted = null;
        method = "GET";
        matchedResources = List.of();
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                requestHeaders.add(headers[i], headers[i + 1]);
            }
        }
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by CORS filters");
    }

    private final class FakeRequest implements ContainerRequestContext {
        @Override public Object getProperty(String name) { return properties.get(name); }
        @Override public Collection<String> getPropertyNames() { return properties.keySet(); }
        @Override public void setProperty(String name, Object object) { properties.put(name, object); }
        @Override public void removeProperty(String name) { properties.remove(name); }
        @Override public UriInfo getUriInfo() { return uriInfo; }
        @Override public void setRequestUri(URI requestUri) { throw unused(); }
        @Override public void setRequestUri(URI baseUri, URI requestUri) { throw unused(); }
        @Override public Request getRequest() { throw unused(); }
        @Override public String getMethod() { return method; }
        @Override public void setMethod(String m) { method = m; }
        @Override public MultivaluedMap<String, String> getHeaders() { return requestHeaders; }
        @Override public String getHeaderString(String name) {
            List<String> values = requestHeaders.get(name);
            return values == null ? null : values.size() == 1 ? values.get(0) : String.join(",", values);
        }
        @Override public boolean containsHeaderString(String name, String separator,
                java.util.function.Predicate<String> valuePredicate) { throw unused(); }
        @Override public Date getDate() { throw unused(); }
        @Override public java.util.Locale getLanguage() { throw unused(); }
        @Override public int getLength() { return -1; }
        @Override public MediaType getMediaType() { return null; }
        @Override public List<MediaType> getAcceptableMediaTypes() { throw unused(); }
        @Override public List<java.util.Locale> getAcceptableLanguages() { throw unused(); }
        @Override public Map<String, Cookie> getCookies() { throw unused(); }
        @Override public boolean hasEntity() { return false; }
        @Override public InputStream getEntityStream() { throw unused(); }
        @Override public void setEntityStream(InputStream input) { throw unused(); }
        @Override public SecurityContext getSecurityContext() { throw unused(); }
        @Override public void setSecurityContext(SecurityContext context) { throw unused(); }
        @Override public void abortWith(Response response) { aborted = response; }
    }

    /**
     * The request and base URIs as a container holds them: fields, the request URI built once per
     * path (as a container builds it once per request), not once per call.
     */
    private final class FakeUriInfo implements UriInfo {
        private String uriPath;
        private URI requestUri;

        @Override public URI getRequestUri() {
            if (!path.equals(uriPath)) {
                uriPath = path;
                requestUri = BASE_URI.resolve(path);
            }
            return requestUri;
        }
        @Override public URI getBaseUri() { return BASE_URI; }
        @Override public String getPath() { return path; }
        @Override public String getPath(boolean decode) { return path; }
        @Override public List<Object> getMatchedResources() { return matchedResources; }
        @Override public List<jakarta.ws.rs.core.PathSegment> getPathSegments() { throw unused(); }
        @Override public List<jakarta.ws.rs.core.PathSegment> getPathSegments(boolean decode) { throw unused(); }
        @Override public jakarta.ws.rs.core.UriBuilder getRequestUriBuilder() { throw unused(); }
        @Override public URI getAbsolutePath() { throw unused(); }
        @Override public jakarta.ws.rs.core.UriBuilder getAbsolutePathBuilder() { throw unused(); }
        @Override public jakarta.ws.rs.core.UriBuilder getBaseUriBuilder() { throw unused(); }
        @Override public MultivaluedMap<String, String> getPathParameters() { throw unused(); }
        @Override public MultivaluedMap<String, String> getPathParameters(boolean decode) { throw unused(); }
        @Override public MultivaluedMap<String, String> getQueryParameters() { throw unused(); }
        @Override public MultivaluedMap<String, String> getQueryParameters(boolean decode) { throw unused(); }
        @Override public List<String> getMatchedURIs() { throw unused(); }
        @Override public List<String> getMatchedURIs(boolean decode) { throw unused(); }
        @Override public String getMatchedResourceTemplate() { throw unused(); }
        @Override public URI resolve(URI uri) { throw unused(); }
        @Override public URI relativize(URI uri) { throw unused(); }
    }

    private final class FakeResponse implements ContainerResponseContext {
        @Override public int getStatus() { return aborted == null ? 200 : aborted.getStatus(); }
        @Override public void setStatus(int code) { throw unused(); }
        @Override public Response.StatusType getStatusInfo() { throw unused(); }
        @Override public void setStatusInfo(Response.StatusType statusInfo) { throw unused(); }
        @Override public MultivaluedMap<String, Object> getHeaders() { return responseHeaders; }
        @Override public MultivaluedMap<String, String> getStringHeaders() { throw unused(); }
        @Override public String getHeaderString(String name) { throw unused(); }
        @Override public boolean containsHeaderString(String name, String separator,
                java.util.function.Predicate<String> valuePredicate) { throw unused(); }
        @Override public Set<String> getAllowedMethods() { throw unused(); }
        @Override public Date getDate() { throw unused(); }
        @Override public java.util.Locale getLanguage() { throw unused(); }
        @Override public int getLength() { throw unused(); }
        @Override public MediaType getMediaType() { throw unused(); }
        @Override public Map<String, NewCookie> getCookies() { throw unused(); }
        @Override public EntityTag getEntityTag() { throw unused(); }
        @Override public Date getLastModified() { throw unused(); }
        @Override public URI getLocation() { throw unused(); }
        @Override public Set<Link> getLinks() { throw unused(); }
        @Override public boolean hasLink(String relation) { throw unused(); }
        @Override public Link getLink(String relation) { throw unused(); }
        @Override public Link.Builder getLinkBuilder(String relation) { throw unused(); }
        @Override public boolean hasEntity() { return false; }
        @Override public Object getEntity() { return null; }
        @Override public Class<?> getEntityClass() { throw unused(); }
        @Override public Type getEntityType() { throw unused(); }
        @Override public void setEntity(Object entity) { throw unused(); }
        @Override public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) { throw unused(); }
        @Override public Annotation[] getEntityAnnotations() { throw unused(); }
        @Override public OutputStream getEntityStream() { throw unused(); }
        @Override public void setEntityStream(OutputStream outputStream) { throw unused(); }
    }
}
