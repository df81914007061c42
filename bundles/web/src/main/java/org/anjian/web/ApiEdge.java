package org.anjian.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.anjian.web.spi.AllowedMethods;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.ops4j.pax.web.service.spi.ServerControllerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jetty customizer (Pax Web applies every {@link HttpConfiguration.Customizer} service to each request before
 * any servlet): answers 503 for the API while its endpoint is not published (a fresh boot, an upgrade of the REST
 * bundle), so that a health poll sees only 503 or 200; refuses TRACE in the API's format; and sets the server's
 * error handler to the JSON one. Installed with the infrastructure, before Pax Web starts Jetty.
 */
@Component(immediate = true, service = HttpConfiguration.Customizer.class, configurationPid = "org.anjian.web")
@Designate(ocd = EdgeConfig.class)
public class ApiEdge implements HttpConfiguration.Customizer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiEdge.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DestinationRegistry destinations;

    private final List<AllowedMethods> allowed = new CopyOnWriteArrayList<>();
    private final EdgeRules rules;
    private volatile Server withJsonErrors;

    /**
     * @param jetty Pax Web's Jetty integration, only waited for: a customizer registered before it has started
     *              crashes its activator (PAXWEB: the tracker opens before the factory exists). Registered in
     *              the same event, this one is in place before Pax Web's configuration thread starts Jetty.
     */
    @Activate
    public ApiEdge(@Reference ServerControllerFactory jetty, EdgeConfig config) {
        this.rules = new EdgeRules(config.servletPath(), config.apiAddress(), config.retryAfterSeconds(),
                this::published, () -> allowed);
    }

    /** For tests: whether the API is published is told, not looked up in CXF. */
    ApiEdge(String servletPath, String apiAddress, java.util.function.BooleanSupplier published) {
        this.rules = new EdgeRules(servletPath, apiAddress, 5, published, () -> allowed);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAllowed(AllowedMethods methods) {
        allowed.add(methods);
    }

    void unbindAllowed(AllowedMethods methods) {
        allowed.remove(methods);
    }

    /** Whether the platform's endpoint (/v1) is registered with the CXF servlet and started (it has an observer). */
    private boolean published() {
        DestinationRegistry registry = destinations;
        if (registry == null) {
            return false;
        }
        AbstractHTTPDestination endpoint = registry.getDestinationForPath(rules.apiAddress(), true);
        return endpoint != null && endpoint.getMessageObserver() != null;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        useJsonErrors(connector.getServer());
        Optional<EdgeRules.Answer> answer = rules.decide(request.getMethod(), request.getRequestURI());
        if (answer.isEmpty()) {
            return;
        }
        EdgeRules.Answer a = answer.get();
        Response response = request.getResponse();
        try {
            response.setStatus(a.status());
            if (a.allow() != null) {
                response.setHeader("Allow", a.allow());
            }
            if (a.retryAfter() != null) {
                response.setHeader("Retry-After", String.valueOf(a.retryAfter()));
            }
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(JsonError.CONTENT_TYPE);
            if (a.body() != null) {
                response.setContentLength(a.body().length);
                response.getOutputStream().write(a.body());
            }
            response.flushBuffer();
        } catch (IOException e) {
            LOG.debug("Could not answer {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        }
        request.setHandled(true);
    }

    private void useJsonErrors(Server server) {
        if (server != null && withJsonErrors != server) {
            synchronized (this) {
                if (withJsonErrors != server) {
                    server.setErrorHandler(new JsonErrorHandler());
                    withJsonErrors = server;
                }
            }
        }
    }
}
