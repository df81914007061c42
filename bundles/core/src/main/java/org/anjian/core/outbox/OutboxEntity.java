package org.anjian.core.outbox;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@Table(name = "outbox")
public class OutboxEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "record_type", nullable = false)
    private String recordType;
    @Column(name = "record_id", nullable = false)
    private String recordId;
    @Column(name = "record_version", nullable = false)
    private long recordVersion;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    @Column(name = "region_code")
    private String regionCode;
    /** One event's JSON; VARCHAR(1000000) since core V005 (was a CLOB). */
    @Column(name = "payload", nullable = false, length = 1_000_000)
    private String payload;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected OutboxEntity() {
    }

    public OutboxEntity(Instant createdAt, String recordType, String recordId, long recordVersion, String eventType,
                        String regionCode, String payload) {
        this.createdAt = createdAt;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordVersion = recordVersion;
        this.eventType = eventType;
        this.idempotencyKey = recordType + ":" + recordId + ":" + recordVersion;
        this.regionCode = regionCode;
        this.payload = payload;
    }

    public Long getId() { return id; }
    public String getRecordType() { return recordType; }
    public String getRecordId() { return recordId; }
    public long getRecordVersion() { return recordVersion; }
    public String getEventType() { return eventType; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getPayload() { return payload; }
}
