package org.anjian.core.hazard;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.HazardTransition;

@Entity
@Table(name = "hazard_history")
public class HazardHistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_history_seq")
    @SequenceGenerator(name = "hazard_history_seq", sequenceName = "hazard_history_seq", allocationSize = 50)
    private Long id;
    @Column(name = "hazard_id", nullable = false)
    private Long hazardId;
    @Column(name = "at", nullable = false)
    private Instant at;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Column(name = "action", nullable = false)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private HazardStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private HazardStatus toStatus;
    @Column(name = "note", length = 4000)
    private String note;

    protected HazardHistoryEntity() {
    }

    public HazardHistoryEntity(Long hazardId, Instant at, String actor, String action, HazardStatus from,
                               HazardStatus to, String note) {
        this.hazardId = hazardId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note;
    }

    public HazardTransition toRecord() {
        return new HazardTransition(at, actor, action, fromStatus, toStatus, note);
    }
}
