package org.anjian.core.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;

@Entity
@Table(name = "enterprise")
public class EnterpriseEntity {
    @Id
    @Column(name = "credit_code", length = 18)
    private String creditCode;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "industry_code", nullable = false)
    private String industryCode;
    @Column(name = "address", nullable = false)
    private String address;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(name = "grid_code")
    private String gridCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_colour", nullable = false)
    private RiskColour riskColour;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessment")
    private Assessment assessment;
    @Enumerated(EnumType.STRING)
    @Column(name = "standardization_grade")
    private StandardizationGrade standardizationGrade;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_department", joinColumns = @JoinColumn(name = "credit_code"))
    @OrderColumn(name = "position")
    @Column(name = "department")
    private List<String> departments = new ArrayList<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enterprise_guarantor", joinColumns = @JoinColumn(name = "credit_code"))
    @OrderColumn(name = "position")
    private List<GuarantorEmbeddable> guarantors = new ArrayList<>();
    /** The name's bigrams, the name search's index (NameGrams), kept with the name. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enterprise_name_gram", joinColumns = @JoinColumn(name = "credit_code"))
    @Column(name = "gram", length = 4)
    private java.util.Set<String> nameGrams = new java.util.HashSet<>();
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EnterpriseEntity() {
    }

    public EnterpriseEntity(String creditCode, Instant now) {
        this.creditCode = creditCode;
        this.createdAt = now;
    }

    public void apply(Enterprise e, Instant now) {
        this.name = e.name().strip();
        java.util.Set<String> grams = NameGrams.of(this.name);
        nameGrams.retainAll(grams);
        nameGrams.addAll(grams);
        this.industryCode = e.industryCode();
        this.address = e.address().strip();
        this.regionCode = e.regionCode();
        this.gridCode = e.gridCode();
        this.riskColour = e.riskColour();
        this.assessment = e.assessment();
        this.standardizationGrade = e.standardizationGrade();
        this.departments.clear();
        this.departments.addAll(e.supervisingDepartments());
        this.guarantors.clear();
        for (Guarantor g : e.guarantors()) {
            this.guarantors.add(new GuarantorEmbeddable(g));
        }
        this.updatedAt = now;
    }

    public String getCreditCode() { return creditCode; }
    public String getName() { return name; }
    public String getRegionCode() { return regionCode; }
    public String getGridCode() { return gridCode; }
    public String getIndustryCode() { return industryCode; }
    public long getVersion() { return version; }

    public Enterprise toRecord() {
        return new Enterprise(creditCode, name, industryCode, address, regionCode, gridCode, List.copyOf(departments),
                riskColour, assessment, standardizationGrade,
                guarantors.stream().map(GuarantorEmbeddable::toRecord).toList(), version);
    }
}
