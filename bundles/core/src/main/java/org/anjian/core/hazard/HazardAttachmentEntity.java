package org.anjian.core.hazard;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.anjian.api.hazard.HazardAttachment;

@Entity
@Table(name = "hazard_attachment")
public class HazardAttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_attachment_seq")
    @SequenceGenerator(name = "hazard_attachment_seq", sequenceName = "hazard_attachment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "hazard_id", nullable = false)
    private Long hazardId;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private Long sizeBytes;
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;
    @Column(name = "note", length = 500)
    private String note;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, columnDefinition = "BYTEA")
    private byte[] content;
    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected HazardAttachmentEntity() {
    }

    public HazardAttachmentEntity(long hazardId, String fileName, String contentType, byte[] content, String sha256,
                                  String note, String uploadedBy, Instant uploadedAt) {
        this.hazardId = hazardId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = (long) content.length;
        this.content = content;
        this.sha256 = sha256;
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getHazardId() {
        return hazardId;
    }

    public byte[] getContent() {
        return content;
    }

    public HazardAttachment toRecord() {
        return new HazardAttachment(id, hazardId, fileName, contentType, sizeBytes, sha256, note, uploadedBy, uploadedAt);
    }
}
