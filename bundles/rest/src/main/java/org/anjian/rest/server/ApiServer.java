package org.anjian.rest.server;

import java.util.List;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.Authenticator;
import org.anjian.api.system.HealthCheck;
import org.anjian.rest.resources.EnterpriseResource;
import org.anjian.rest.resources.HazardResource;
import org.anjian.rest.resources.HealthResource;
import org.anjian.rest.resources.ModuleResource;
import org.anjian.rest.resources.ExchangeResource;
import org.anjian.api.exchange.ExchangeService;
import org.anjian.rest.resources.ConsoleResource;
import org.anjian.api.spi.ModuleService;
import org.anjian.rest.resources.RegionResource;
import org.anjian.rest.resources.MeResource;
import org.anjian.rest.resources.NotificationResource;
import org.anjian.rest.resources.StatisticsResource;
import org.anjian.api.hazard.HazardAttachmentService;
import org.anjian.api.stats.StatisticsService;
import javax.validation.ValidatorFactory;
import org.anjian.rest.resources.UninstalledModuleResource;
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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the platform API ({@code /api/v1}) on the CXF servlet: resources, JSON, error mapping,
 * authentication and the OpenAPI document. Health checks and authenticators are whiteboard services
 * and may come and go while the server runs.
 */
@Component(immediate = true, configurationPid = "org.anjian.rest")
@Designate(ocd = RestConfig.class)
public class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthCheck> healthChecks;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(!(enabled=false))")
    private volatile List<Authenticator> authenticators;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExchangeService exchange;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.anjian.api.events.NotificationService notifications;

    private final Bus bus;
    private final Server server;
    private final ServiceRegistration<AllowedMethods> allowed;

    @Activate
    public ApiServer(@Reference RegionService regions, @Reference EnterpriseService enterprises,
                     @Reference HazardService hazards, @Reference ModuleService modules,
                     @Reference HazardAttachmentService attachments, @Reference StatisticsService stats,
                     @Reference(target = "(anjian.validation=platform)") ValidatorFactory validation,
                     RestConfig config, BundleContext context) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ApiServer.class.getClassLoader());
        ApiProviders.Published published;
        try {
            // our own bus; CXF's OSGi bus listener attaches it to the shared HTTP transport (/api)
            this.bus = BusFactory.newInstance().createBus();
            published = createServer(bus, new Services(regions, enterprises, hazards, modules, attachments, stats),
                    validation, config);
            this.server = published.server();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        this.allowed = context.registerService(AllowedMethods.class, published.methods(), null);
        LOG.info("Anjian API published at {}", config.address());
    }

    /** The platform services the resources stand on. */
    private record Services(RegionService regions, EnterpriseService enterprises, HazardService hazards,
                            ModuleService modules, HazardAttachmentService attachments, StatisticsService stats) {
    }

    private ApiProviders.Published createServer(Bus bus, Services s, ValidatorFactory validation, RestConfig config) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(config.address());
        factory.setServiceBeans(List.of(
                new HealthResource(() -> listOf(healthChecks), names(config.requiredHealth())),
                new RegionResource(s.regions()),
                new EnterpriseResource(s.enterprises(), s.modules(), s.regions()),
                new HazardResource(s.hazards(), s.attachments(), s.regions()),
                new ModuleResource(s.modules()),
                new ConsoleResource(s.modules()),
                new MeResource(s.regions()),
                new StatisticsResource(s.stats(), s.regions(), s.modules()),
                new NotificationResource(() -> notifications, ObjectMappers.api(),
                        java.time.Duration.ofSeconds(config.eventStreamSeconds()), config.maxEventStreams()),
                new ExchangeResource(() -> exchange),
                new UninstalledModuleResource()));
        return ApiProviders.publish(factory,
                "Anjian platform API: regions, enterprises (一企一档), hazards, statistics, notifications, modules, exchange",
                config.maxBodyBytes(), config.maxUploadBytes(), () -> listOf(authenticators), validation);
    }

    /** Configuration files give lists as one comma-separated string; metatype gives arrays: accept both. */
    static List<String> names(String[] values) {
        return java.util.Arrays.stream(values).flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static <T> List<T> listOf(List<T> dynamic) {
        return dynamic == null ? List.of() : dynamic;
    }

    @Deactivate
    void deactivate() {
        allowed.unregister();
        server.destroy();
        bus.shutdown(true);
    }
}
