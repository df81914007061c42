package org.anjian.core.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.HazardTransition;
import org.anjian.api.hazard.MajorHazardPlan;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.Supervision;

@Entity
@Table(name = "hazard")
public class HazardEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_seq")
    @SequenceGenerator(name = "hazard_seq", sequenceName = "hazard_seq", allocationSize = 50)
    private Long id;
    @Column(name = "enterprise_credit_code", nullable = false)
    private String enterpriseCreditCode;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(name = "grid_code")
    private String gridCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private HazardSource source;
    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false)
    private HazardGrade grade;
    @Column(name = "category", nullable = false)
    private String category;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private HazardStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "supervision", nullable = false)
    private Supervision supervision;
    @Column(name = "assignee")
    private String assignee;
    @Column(name = "evidence")
    private String evidence;
    @Column(name = "responsible")
    private String responsible;
    @Column(name = "measures")
    private String measures;
    @Column(name = "funds")
    private String funds;
    @Column(name = "contingency_plan")
    private String contingencyPlan;
    @Column(name = "source_system")
    private String sourceSystem;
    @Column(name = "source_id")
    private String sourceId;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "registered_by", nullable = false)
    private String registeredBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HazardEntity() {
    }

    public HazardEntity(NewHazard h, String regionCode, String gridCode, String actor, Instant now) {
        this.enterpriseCreditCode = h.enterpriseCreditCode();
        this.regionCode = regionCode;
        this.gridCode = gridCode;
        this.source = h.source();
        this.grade = h.grade();
        this.category = h.category();
        this.description = h.description().strip();
        this.deadline = h.deadline();
        this.status = HazardStatus.REGISTERED;
        this.supervision = Supervision.NONE;
        this.responsible = h.responsible();
        this.measures = h.measures();
        this.funds = h.funds();
        this.contingencyPlan = h.contingencyPlan();
        this.sourceSystem = h.sourceSystem();
        this.sourceId = h.sourceId();
        this.registeredAt = now;
        this.registeredBy = actor;
    }

    public Long getId() { return id; }
    public HazardStatus getStatus() { return status; }
    public HazardGrade getGrade() { return grade; }
    public Supervision getSupervision() { return supervision; }
    public LocalDate getDeadline() { return deadline; }
    public String getRegionCode() { return regionCode; }
    public String getGridCode() { return gridCode; }
    public String getEnterpriseCreditCode() { return enterpriseCreditCode; }
    public long getVersion() { return version; }

    public MajorHazardPlan plan() {
        return new MajorHazardPlan(responsible, measures, funds, contingencyPlan);
    }

    void setPlan(MajorHazardPlan plan) {
        this.responsible = plan.responsible();
        this.measures = plan.measures();
        this.funds = plan.funds();
        this.contingencyPlan = plan.contingencyPlan();
    }

    void moveTo(HazardStatus next, Instant now) {
        this.status = next;
        this.closedAt = next == HazardStatus.CLOSED ? now : null;
    }

    void setAssignee(String assignee) { this.assignee = assignee; }
    void setEvidence(String evidence) { this.evidence = evidence; }
    void setSupervision(Supervision supervision) { this.supervision = supervision; }

    public Hazard toRecord(String enterpriseName, LocalDate today, List<HazardTransition> history) {
        return new Hazard(id, enterpriseCreditCode, enterpriseName, regionCode, source, grade, category, description,
                deadline, status, supervision, EscalationPolicy.isOverdue(deadline, status, today), assignee, evidence,
                responsible, measures, funds, contingencyPlan, sourceSystem, sourceId, registeredAt, registeredBy,
                closedAt, version, history);
    }
}
