package org.anjian.core.region;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;

@Entity
@Table(name = "region")
public class RegionEntity {
    @Id
    @Column(name = "code", length = 15)
    private String code;
    @Column(name = "name", nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private RegionLevel level;
    @Column(name = "parent_code")
    private String parentCode;
    @Column(name = "table_version", nullable = false)
    private String tableVersion;

    protected RegionEntity() {
    }

    public RegionEntity(Region region, String tableVersion) {
        this.code = region.code();
        apply(region, tableVersion);
    }

    /** Returns true when something changed. */
    public boolean apply(Region region, String version) {
        boolean changed = !region.name().equals(name) || region.level() != level
                || !java.util.Objects.equals(region.parentCode(), parentCode);
        if (changed) {
            this.name = region.name();
            this.level = region.level();
            this.parentCode = region.parentCode();
            this.tableVersion = version;
        }
        return changed;
    }

    public String getCode() { return code; }

    public Region toRecord() {
        return new Region(code, name, level, parentCode);
    }
}
