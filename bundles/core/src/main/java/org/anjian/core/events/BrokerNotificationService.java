package org.anjian.core.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.jms.Connection;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.events.Notification;
import org.anjian.api.events.NotificationService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.anjian.core.hazard.HazardServiceImpl;
import org.anjian.core.osgi.IndustryScopeComponent;
import org.anjian.core.osgi.MessagingConfig;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications through Artemis: published on the {@value #TOPIC} topic, and read back, together with the hazard
 * events of {@value HazardServiceImpl#TOPIC}, by a non-durable subscriber on every node, which hands them to the
 * node's {@link NotificationHub}. Reconnects on its own after a broker outage.
 */
@Component(service = {NotificationService.class, HealthCheck.class}, configurationPid = "org.anjian.messaging")
public class BrokerNotificationService implements NotificationService, HealthCheck {
    public static final String TOPIC = "anjian.notifications";
    static final int REMEMBERED = 500;
    private static final Logger LOG = LoggerFactory.getLogger(BrokerNotificationService.class);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EventPublisher publisher;
    private final NotificationHub hub;
    private final ActiveMQJMSConnectionFactory factory;
    private final String user;
    private final String password;
    private final ScheduledExecutorService reconnect = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "anjian-notifications"));
    private volatile Connection connection;
    private volatile String lastError = "not connected yet";

    @Activate
    public BrokerNotificationService(@Reference EventPublisher publisher, @Reference EnterpriseService enterprises,
                                     @Reference IndustryScopeComponent industries, MessagingConfig config) {
        this.publisher = publisher;
        AnjianPrincipal system = AnjianPrincipal.system("notifications");
        this.hub = new NotificationHub(industries.scope(),
                credit -> enterprises.find(system, credit).map(e -> e.industryCode()), REMEMBERED);
        String url = config.brokerUrl();
        this.factory = new ActiveMQJMSConnectionFactory(url + (url.contains("?") ? "&" : "?")
                + "callTimeout=5000&initialConnectAttempts=1&reconnectAttempts=0");
        this.user = config.user();
        this.password = config.password();
        reconnect.execute(this::connect);
    }

    @Override
    public void publish(Notification notification) {
        publisher.publish(TOPIC, notification.type(), write(notification));
    }

    @Override
    public Subscription subscribe(AnjianPrincipal caller, Long afterId, Consumer<Numbered> sink) {
        return hub.subscribe(caller, afterId, sink);
    }

    @Override
    public List<Numbered> recent(AnjianPrincipal caller, int limit) {
        return hub.recent(caller, limit);
    }

    @Override
    public SystemStatus check() {
        boolean up = connection != null;
        return new SystemStatus("notifications", up, up ? Map.of("subscribers", hub.subscribers())
                : Map.of("error", String.valueOf(lastError)));
    }

    private void connect() {
        try {
            Connection c = factory.createConnection(user, password);
            try {
                c.setExceptionListener(e -> lost(c, e));
                Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createConsumer(session.createTopic(HazardServiceImpl.TOPIC)).setMessageListener(m ->
                        read(m).flatMap(HazardNotifications::of).ifPresent(hub::deliver));
                session.createConsumer(session.createTopic(TOPIC)).setMessageListener(m ->
                        read(m).flatMap(BrokerNotificationService::notification).ifPresent(hub::deliver));
                c.start();
            } catch (JMSException | RuntimeException e) {
                c.close();
                throw e;
            }
            connection = c;
            lastError = null;
            LOG.info("Notifications: subscribed to {} and {}", HazardServiceImpl.TOPIC, TOPIC);
        } catch (JMSException | RuntimeException e) {
            lastError = e.toString();
            LOG.debug("Notifications: broker not reachable ({}); retrying in 5 s", e.toString());
            schedule();
        }
    }

    private void lost(Connection c, JMSException e) {
        LOG.warn("Notifications: broker connection lost ({}); reconnecting", e.toString());
        lastError = e.toString();
        connection = null;
        try {
            c.close();
        } catch (JMSException | RuntimeException ignored) {
            // already broken
        }
        schedule();
    }

    private void schedule() {
        if (!reconnect.isShutdown()) {
            reconnect.schedule(this::connect, 5, TimeUnit.SECONDS);
        }
    }

    private static Optional<JsonNode> read(Message m) {
        try {
            return m instanceof TextMessage t ? Optional.ofNullable(JSON.readTree(t.getText())) : Optional.empty();
        } catch (Exception e) {
            LOG.warn("Notifications: unreadable message ignored: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Optional<Notification> notification(JsonNode node) {
        try {
            return Optional.of(JSON.treeToValue(node, Notification.class));
        } catch (Exception e) {
            LOG.warn("Notifications: not a notification, ignored: {}", e.toString());
            return Optional.empty();
        }
    }

    private static String write(Notification n) {
        try {
            return JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writeValueAsString(n);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Deactivate
    void deactivate() {
        reconnect.shutdownNow();
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (JMSException e) {
                LOG.debug("Closing: {}", e.toString());
            }
        }
        factory.close();
    }
}
