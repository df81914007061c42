package org.anjian.core.audit;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;
    @Column(name = "at", nullable = false)
    private Instant at;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Column(name = "action", nullable = false)
    private String action;
    @Column(name = "target_type", nullable = false)
    private String targetType;
    @Column(name = "target_id", nullable = false)
    private String targetId;
    @Column(name = "before_digest")
    private String beforeDigest;
    @Column(name = "after_digest")
    private String afterDigest;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(Instant at, String actor, String action, String targetType, String targetId,
                            String beforeDigest, String afterDigest) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.beforeDigest = beforeDigest;
        this.afterDigest = afterDigest;
    }

    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getBeforeDigest() { return beforeDigest; }
    public String getAfterDigest() { return afterDigest; }
}
