package org.anjian.core.hazard;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAttachment;
import org.anjian.api.hazard.HazardAttachmentService;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.core.access.Access;
import org.anjian.core.audit.AuditLog;
import org.anjian.core.persistence.Transactions;

/**
 * Evidence files of hazards, stored in the platform database. Who may see or add one is decided by the hazard
 * service (the jurisdiction rule lives there); this class adds the file rules: kind by content, size, count.
 */
public class HazardAttachmentServiceImpl implements HazardAttachmentService {
    public static final int MAX_PER_HAZARD = 20;
    public static final int FILE_NAME_MAX = 200;
    public static final int NOTE_MAX = 500;

    private final Transactions tx;
    private final Clock clock;
    private final HazardService hazards;
    private final AuditLog audit;
    private volatile long maxBytes;

    public HazardAttachmentServiceImpl(Transactions tx, Clock clock, HazardService hazards, long maxBytes) {
        this.tx = tx;
        this.clock = clock;
        this.hazards = hazards;
        this.audit = new AuditLog(clock);
        setMaxBytes(maxBytes);
    }

    protected final void setMaxBytes(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("attachmentMaxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public HazardAttachment attach(AnjianPrincipal caller, long hazardId, String fileName, String note, byte[] content) {
        Access.requireWriter(caller);
        // the request's own faults first (as Bean Validation does for JSON bodies), then whether the hazard exists
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "is required (a JPEG, PNG or PDF file)");
        }
        if (content.length > maxBytes) {
            throw new ValidationException("file", "is larger than " + maxBytes + " bytes");
        }
        EvidenceType type = EvidenceType.of(content).orElseThrow(() ->
                new ValidationException("file", "must be a JPEG or PNG photo or a PDF document (judged by its content)"));
        String name = fileName(fileName, type);
        String cleanNote = note(note);
        Hazard hazard = hazards.find(caller, hazardId).orElseThrow(() -> new NotFoundException("hazard", String.valueOf(hazardId)));
        if (hazard.status() == HazardStatus.CLOSED) {
            throw new ConflictException("HAZARD_CLOSED", "hazardId", "hazard " + hazardId + " is closed (销号): its evidence is final");
        }
        String sha = sha256(content);
        return tx.write(work -> {
            var em = work.em();
            long count = em.createQuery("select count(a) from HazardAttachmentEntity a where a.hazardId = :h", Long.class)
                    .setParameter("h", hazardId).getSingleResult();
            if (count >= MAX_PER_HAZARD) {
                throw new ConflictException("TOO_MANY_ATTACHMENTS", "file",
                        "hazard " + hazardId + " already has " + MAX_PER_HAZARD + " files");
            }
            // stored to the microsecond (the column's precision), so the answer equals what a later read gives
            HazardAttachmentEntity saved = new HazardAttachmentEntity(hazardId, name, type.mediaType(), content, sha,
                    cleanNote, caller.userId(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            em.persist(saved);
            em.flush();
            HazardAttachment record = saved.toRecord();
            audit.record(em, caller.userId(), "HAZARD_ATTACHMENT_ADD", "hazard", String.valueOf(hazardId), null, record);
            return record;
        });
    }

    @Override
    public List<HazardAttachment> attachments(AnjianPrincipal caller, long hazardId) {
        hazards.find(caller, hazardId).orElseThrow(() -> new NotFoundException("hazard", String.valueOf(hazardId)));
        return tx.read(em -> em.createQuery("select new org.anjian.api.hazard.HazardAttachment(a.id, a.hazardId, "
                        + "a.fileName, a.contentType, a.sizeBytes, a.sha256, a.note, a.uploadedBy, a.uploadedAt) "
                        + "from HazardAttachmentEntity a where a.hazardId = :h order by a.id", HazardAttachment.class)
                .setParameter("h", hazardId).getResultList());
    }

    @Override
    public Optional<Content> content(AnjianPrincipal caller, long hazardId, long attachmentId) {
        if (hazards.find(caller, hazardId).isEmpty()) {
            return Optional.empty();
        }
        return tx.write(work -> {
            var em = work.em();
            HazardAttachmentEntity a = em.find(HazardAttachmentEntity.class, attachmentId);
            if (a == null || a.getHazardId() != hazardId) {
                return Optional.empty();
            }
            HazardAttachment record = a.toRecord();
            Map<String, Object> read = new LinkedHashMap<>();
            read.put("attachmentId", attachmentId);
            read.put("sha256", record.sha256());
            audit.record(em, caller.userId(), "HAZARD_ATTACHMENT_READ", "hazard", String.valueOf(hazardId), null, read);
            return Optional.of(new Content(record, a.getContent()));
        });
    }

    /** The client's name without its directories or control characters, ending in the extension of its real type. */
    static String fileName(String given, EvidenceType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "附件";
        }
        int room = FILE_NAME_MAX - type.extension().length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        return base + "." + type.extension();
    }

    static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > NOTE_MAX) {
            throw new ValidationException("note", "must be at most " + NOTE_MAX + " characters");
        }
        if (n.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new ValidationException("note", "must not contain control characters");
        }
        return n;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
