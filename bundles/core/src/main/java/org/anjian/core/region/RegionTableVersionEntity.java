package org.anjian.core.region;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "region_table_version")
public class RegionTableVersionEntity {
    @Id
    @Column(name = "version")
    private String version;
    @Column(name = "rows_count", nullable = false)
    private int rowsCount;
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;
    @Column(name = "applied_by", nullable = false)
    private String appliedBy;

    protected RegionTableVersionEntity() {
    }

    public RegionTableVersionEntity(String version, int rowsCount, Instant appliedAt, String appliedBy) {
        this.version = version;
        this.rowsCount = rowsCount;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    public String getVersion() { return version; }
}
