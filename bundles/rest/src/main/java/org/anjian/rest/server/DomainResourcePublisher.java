package org.anjian.rest.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anjian.api.security.Authenticator;
import org.anjian.api.spi.DomainResource;
import javax.validation.ValidatorFactory;
import org.anjian.web.spi.AllowedMethods;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the {@link DomainResource}s of each installed module under {@code /api/v1/domains/{moduleId}},
 * one CXF endpoint per module with the platform's providers. A module's endpoint is rebuilt when its
 * resources change and destroyed when the last one goes; the platform API is never touched.
 */
@Component(immediate = true, configurationPid = "org.anjian.rest")
public class DomainResourcePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DomainResourcePublisher.class);
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(!(enabled=false))")
    private volatile List<Authenticator> authenticators;

    private final RestConfig config;
    private final ValidatorFactory validation;
    private final BundleContext context;
    private final Bus bus;
    private final Map<String, List<DomainResource>> resources = new HashMap<>();
    private final Map<String, Server> servers = new HashMap<>();
    private final Map<String, ServiceRegistration<AllowedMethods>> allowed = new HashMap<>();
    private boolean active;

    @Activate
    public DomainResourcePublisher(RestConfig config,
                                   @Reference(target = "(anjian.validation=platform)") ValidatorFactory validation,
                                   BundleContext context) {
        this.config = config;
        this.validation = validation;
        this.context = context;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(DomainResourcePublisher.class.getClassLoader());
        try {
            this.bus = BusFactory.newInstance().createBus();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        synchronized (this) {
            active = true;
            new ArrayList<>(resources.keySet()).forEach(this::republish);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindResource(DomainResource resource) {
        String module = resource.moduleId();
        if (module == null || !MODULE_ID.matcher(module).matches()) {
            LOG.error("Domain resource {} has an invalid module id '{}'; not published", resource.getClass(), module);
            return;
        }
        resources.computeIfAbsent(module, m -> new ArrayList<>()).add(resource);
        if (active) {
            republish(module);
        }
    }

    synchronized void unbindResource(DomainResource resource) {
        String module = resource.moduleId();
        List<DomainResource> list = resources.get(module);
        if (list != null && list.remove(resource)) {
            if (list.isEmpty()) {
                resources.remove(module);
            }
            if (active) {
                republish(module);
            }
        }
    }

    private void republish(String module) {
        ServiceRegistration<AllowedMethods> methods = allowed.remove(module);
        if (methods != null) {
            methods.unregister();
        }
        Server old = servers.remove(module);
        if (old != null) {
            old.destroy();
        }
        List<DomainResource> list = resources.get(module);
        if (list == null || list.isEmpty()) {
            LOG.info("Domain module {}: endpoints removed", module);
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(DomainResourcePublisher.class.getClassLoader());
        try {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(config.address() + "/domains/" + module);
            factory.setServiceBeans(new ArrayList<>(list));
            ApiProviders.Published published = ApiProviders.publish(factory, "Anjian domain module " + module,
                    config.maxBodyBytes(), config.maxUploadBytes(), () -> authenticators == null ? List.of() : authenticators, validation);
            servers.put(module, published.server());
            allowed.put(module, context.registerService(AllowedMethods.class, published.methods(), null));
            LOG.info("Domain module {}: {} resources published at {}/domains/{}", module, list.size(),
                    config.address(), module);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        allowed.values().forEach(ServiceRegistration::unregister);
        allowed.clear();
        servers.values().forEach(Server::destroy);
        servers.clear();
        bus.shutdown(true);
    }
}
