package org.anjian.core.system;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "data_load")
public class DataLoadEntity {
    @Id
    @Column(name = "name")
    private String name;
    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;
    @Column(name = "loaded_by", nullable = false)
    private String loadedBy;
    @Column(name = "details")
    private String details;

    protected DataLoadEntity() {
    }

    public DataLoadEntity(String name, Instant loadedAt, String loadedBy, String details) {
        this.name = name;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
        this.details = details;
    }

    public Instant getLoadedAt() { return loadedAt; }
}
