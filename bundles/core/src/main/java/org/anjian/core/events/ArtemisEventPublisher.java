package org.anjian.core.events;

import java.util.Map;
import javax.jms.Connection;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import javax.jms.Topic;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.anjian.core.osgi.MessagingConfig;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events as persistent JMS text messages on Artemis topics. Connects lazily and reconnects
 * after a failure; a broker outage never fails a business transaction (the outbox keeps the record).
 */
@Component(service = {EventPublisher.class, HealthCheck.class}, configurationPid = "org.anjian.messaging")
@Designate(ocd = MessagingConfig.class)
public class ArtemisEventPublisher implements EventPublisher, HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ArtemisEventPublisher.class);

    private final ActiveMQJMSConnectionFactory factory;
    private final String user;
    private final String password;
    private final String url;
    private Connection connection;
    private Session session;
    private String lastError;

    @Activate
    public ArtemisEventPublisher(MessagingConfig config) {
        this.url = config.brokerUrl();
        String params = (url.contains("?") ? "&" : "?") + "callTimeout=5000&initialConnectAttempts=1&reconnectAttempts=0";
        this.factory = new ActiveMQJMSConnectionFactory(url + params);
        this.user = config.user();
        this.password = config.password();
    }

    @Override
    public synchronized void publish(String topic, String eventType, String json) {
        try {
            Session s = session();
            Topic destination = s.createTopic(topic);
            try (MessageProducer producer = s.createProducer(destination)) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                TextMessage message = s.createTextMessage(json);
                message.setStringProperty("eventType", eventType);
                producer.send(message);
            }
        } catch (JMSException | RuntimeException e) {
            reset(e);
            LOG.warn("Event {} not published to {}: {}", eventType, topic, e.toString());
        }
    }

    @Override
    public synchronized SystemStatus check() {
        try {
            session();
            return new SystemStatus("broker", true, Map.of("url", url));
        } catch (JMSException | RuntimeException e) {
            reset(e);
            return new SystemStatus("broker", false, Map.of("url", url, "error", String.valueOf(lastError)));
        }
    }

    private Session session() throws JMSException {
        if (session == null) {
            Connection c = factory.createConnection(user, password);
            try {
                c.setExceptionListener(this::reset);
                c.start();
                session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                connection = c;
                lastError = null;
            } catch (JMSException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return session;
    }

    private synchronized void reset(Exception cause) {
        lastError = cause.getMessage();
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException | RuntimeException ignored) {
                // already broken
            }
        }
        connection = null;
        session = null;
    }

    @Deactivate
    synchronized void deactivate() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.debug("Closing broker connection: {}", e.toString());
            }
        }
        factory.close();
    }
}
