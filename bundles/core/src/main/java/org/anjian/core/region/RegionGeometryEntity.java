package org.anjian.core.region;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The outline of a region (GeoJSON geometry text). */
@Entity
@Table(name = "region_geometry")
public class RegionGeometryEntity {
    @Id
    @Column(name = "code")
    private String code;
    @Column(name = "geometry", nullable = false, length = 200000)
    private String geometry;

    protected RegionGeometryEntity() {
    }

    public RegionGeometryEntity(String code, String geometry) {
        this.code = code;
        this.geometry = geometry;
    }

    public String getCode() {
        return code;
    }

    public String getGeometry() {
        return geometry;
    }

    public void setGeometry(String geometry) {
        this.geometry = geometry;
    }
}
