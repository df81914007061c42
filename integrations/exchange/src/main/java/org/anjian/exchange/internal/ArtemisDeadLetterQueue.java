package org.anjian.exchange.internal;

import javax.jms.Connection;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Queue;
import javax.jms.Session;
import javax.jms.TextMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.anjian.api.exchange.DeadLetter;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;

/**
 * Dead letters on an Artemis queue (default {@code anjian.exchange.dlq}): a persistent JSON message per
 * dead letter with the reason as properties, de-duplicated by the broker on the dead letter's id, and
 * taken off the queue (by selector) when an operator replays it. The database row stays the record of
 * what happened; the queue is what operators and monitoring subscribe to.
 */
public final class ArtemisDeadLetterQueue implements DeadLetterQueue, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ActiveMQJMSConnectionFactory factory;
    private final String user;
    private final String password;
    private final String queueName;

    public ArtemisDeadLetterQueue(String brokerUrl, String user, String password, String queueName) {
        String params = (brokerUrl.contains("?") ? "&" : "?") + "callTimeout=5000&initialConnectAttempts=1&reconnectAttempts=0";
        this.factory = new ActiveMQJMSConnectionFactory(brokerUrl + params);
        this.user = user;
        this.password = password;
        this.queueName = queueName;
    }

    @Override
    public void publish(DeadLetter letter) throws Exception {
        try (Connection c = factory.createConnection(user, password);
             Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Queue queue = s.createQueue(queueName);
            try (MessageProducer producer = s.createProducer(queue)) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                TextMessage m = s.createTextMessage(JSON.writeValueAsString(letter));
                m.setStringProperty("_AMQ_DUPL_ID", "anjian-dead-letter-" + letter.id());
                m.setLongProperty("deadLetterId", letter.id());
                m.setStringProperty("peer", letter.peer());
                m.setStringProperty("idempotencyKey", letter.idempotencyKey());
                m.setStringProperty("recordType", letter.recordType());
                m.setStringProperty("reason", letter.reason());
                if (letter.field() != null) {
                    m.setStringProperty("field", letter.field());
                }
                producer.send(m);
            }
        }
    }

    @Override
    public boolean remove(long deadLetterId) throws JMSException {
        try (Connection c = factory.createConnection(user, password);
             Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            try (MessageConsumer consumer = s.createConsumer(s.createQueue(queueName), "deadLetterId = " + deadLetterId)) {
                Message m = consumer.receive(500);
                return m != null;
            }
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
