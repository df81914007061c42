package org.anjian.core.hazard;

import static org.anjian.core.testing.TestDatabase.TODAY;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardAttachment;
import org.anjian.api.hazard.HazardAttachmentService.Content;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.RecordingEventPublisher;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence files: kind judged by content, size and count limits, the hazard's jurisdiction, audit of each read. */
class HazardAttachmentServiceImplTest {
    static final String ENT_A = CreditCode.withCheckCharacter("91330999000000401");
    static final String ENT_B = CreditCode.withCheckCharacter("91330999000000402");
    static final byte[] PNG = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16);
    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1);

    private static TestDatabase db;
    private static HazardServiceImpl hazards;
    private static HazardAttachmentServiceImpl attachments;
    private long hazardA;
    private long hazardB;

    @BeforeAll
    static void start() {
        db = TestDatabase.migrated(HazardAttachmentServiceImplTest.class);
        RegionServiceImpl regions = db.loadRegions();
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions);
        hazards = new HazardServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, new RecordingEventPublisher(),
                new EscalationPolicy(1, 30));
        attachments = new HazardAttachmentServiceImpl(db.transactions(), TestDatabase.CLOCK, hazards, 1024);
        enterprises.create(Principals.SYSTEM, enterprise(ENT_A, "东城印染有限公司", VILLAGE_A));
        enterprises.create(Principals.SYSTEM, enterprise(ENT_B, "西山石材厂", VILLAGE_B));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void twoHazards() {
        db.execute("DELETE FROM hazard_attachment");
        hazardA = hazards.register(Principals.OFFICER_A, hazard(ENT_A)).id();
        hazardB = hazards.register(Principals.OFFICER_B, hazard(ENT_B)).id();
    }

    @Test
    void aPhotoIsStoredUnderItsRealTypeWithAnAuditEntry() {
        HazardAttachment a = attachments.attach(Principals.OFFICER_A, hazardA, "C:\\照片\\现场.jpeg", " 整改前 ", PNG);

        assertThat(a.contentType()).as("judged by the bytes, not the name").isEqualTo("image/png");
        assertThat(a.fileName()).isEqualTo("现场.png");
        assertThat(a.note()).isEqualTo("整改前");
        assertThat(a.sizeBytes()).isEqualTo((long) PNG.length);
        assertThat(a.sha256()).isEqualTo(HazardAttachmentServiceImpl.sha256(PNG)).hasSize(64);
        assertThat(a.uploadedBy()).isEqualTo("officer-a");
        assertThat(a.uploadedAt()).isEqualTo(TestDatabase.NOW);
        assertThat(attachments.attachments(Principals.OFFICER_A, hazardA)).containsExactly(a);
        assertThat(db.queryCount("SELECT COUNT(*) FROM audit_entry WHERE action = 'HAZARD_ATTACHMENT_ADD' AND target_id = ?",
                String.valueOf(hazardA))).isEqualTo(1);

        Content content = attachments.content(Principals.ADMIN, hazardA, a.id()).orElseThrow();
        assertThat(content.bytes()).isEqualTo(PNG);
        assertThat(content.attachment()).isEqualTo(a);
        assertThat(db.queryCount("SELECT COUNT(*) FROM audit_entry WHERE action = 'HAZARD_ATTACHMENT_READ' AND actor = 'admin'"))
                .as("every read of evidence is audited").isGreaterThanOrEqualTo(1);
    }

    @Test
    void jpegAndPdfAreAcceptedAndNamedByTheirType() {
        assertThat(attachments.attach(Principals.OFFICER_A, hazardA, "scan", null, JPEG).fileName()).isEqualTo("scan.jpg");
        HazardAttachment pdf = attachments.attach(Principals.OFFICER_A, hazardA, "../../etc/整改报告.PDF", null, PDF);
        assertThat(pdf.fileName()).isEqualTo("整改报告.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(attachments.attach(Principals.OFFICER_A, hazardA, "\u0007\"", null, PNG).fileName())
                .as("a name of nothing but control characters and quotes").isEqualTo("附件.png");
        assertThat(HazardAttachmentServiceImpl.fileName("甲".repeat(300) + ".png", EvidenceType.PNG))
                .hasSize(HazardAttachmentServiceImpl.FILE_NAME_MAX).endsWith(".png");
    }

    @Test
    void badFilesAreRefusedNamingTheFieldAndNothingIsWritten() {
        long audits = db.count("audit_entry");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", null, new byte[0]), "file");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", null, null), "file");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", null,
                "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)), "file");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", null, Arrays.copyOf(PNG, 1025)), "file");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", null,
                Arrays.copyOf(PNG, 8)), "file");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", "说".repeat(501), PNG), "note");
        assertRefused(() -> attachments.attach(Principals.OFFICER_A, hazardA, "a.png", "整改\u0000前", PNG), "note");

        assertThat(db.count("hazard_attachment")).isZero();
        assertThat(db.count("audit_entry")).isEqualTo(audits);
    }

    @Test
    void theHazardsJurisdictionDecidesWhoMayAttachAndRead() {
        HazardAttachment a = attachments.attach(Principals.OFFICER_B, hazardB, "b.png", null, PNG);

        assertThatThrownBy(() -> attachments.attach(Principals.OFFICER_A, hazardB, "x.png", null, PNG))
                .as("another township's hazard does not exist for this officer").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.attachments(Principals.OFFICER_A, hazardB)).isInstanceOf(NotFoundException.class);
        assertThat(attachments.content(Principals.OFFICER_A, hazardB, a.id())).isEmpty();
        assertThat(attachments.content(Principals.OFFICER_A, hazardA, a.id()))
                .as("an attachment of another hazard under a visible one").isEmpty();
        assertThatThrownBy(() -> attachments.attach(Principals.LEADER, hazardB, "x.png", null, PNG))
                .isInstanceOf(ForbiddenException.class);
        assertThat(attachments.attachments(Principals.LEADER, hazardB)).containsExactly(a);
        assertThatThrownBy(() -> attachments.attach(Principals.OFFICER_A, Long.MAX_VALUE, "x.png", null, PNG))
                .isInstanceOf(NotFoundException.class);
        assertThat(db.count("hazard_attachment")).isEqualTo(1);
    }

    @Test
    void aClosedHazardsEvidenceIsFinal() {
        hazards.transition(Principals.OFFICER_A, hazardA, new TransitionRequest(HazardAction.ASSIGN, "企业负责人", null, null,
                null, null, null, null, null));
        hazards.transition(Principals.OFFICER_A, hazardA, TransitionRequest.of(HazardAction.START));
        hazards.transition(Principals.OFFICER_A, hazardA, new TransitionRequest(HazardAction.SUBMIT, null, "已整改", null,
                null, null, null, null, null));
        Hazard closed = hazards.transition(Principals.ADMIN, hazardA, TransitionRequest.of(HazardAction.ACCEPT));
        assertThat(closed.allowedActions()).isEmpty();

        assertThatThrownBy(() -> attachments.attach(Principals.ADMIN, hazardA, "late.png", null, PNG))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("HAZARD_CLOSED"));
        assertThat(db.count("hazard_attachment")).isZero();
    }

    @Test
    void aHazardTakesAtMostTwentyFiles() {
        for (int i = 0; i < HazardAttachmentServiceImpl.MAX_PER_HAZARD; i++) {
            attachments.attach(Principals.OFFICER_A, hazardA, "p" + i + ".png", null, PNG);
        }
        assertThatThrownBy(() -> attachments.attach(Principals.OFFICER_A, hazardA, "one-more.png", null, PNG))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("TOO_MANY_ATTACHMENTS"));
        assertThat(attachments.attachments(Principals.OFFICER_A, hazardA)).hasSize(HazardAttachmentServiceImpl.MAX_PER_HAZARD);
        assertThat(attachments.attach(Principals.OFFICER_B, hazardB, "b.png", null, PNG)).isNotNull();
    }

    @Test
    void evidenceTypesAreRecognisedByTheirFirstBytesOnly() {
        assertThat(EvidenceType.of(PNG)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.of(JPEG)).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.of(PDF)).contains(EvidenceType.PDF);
        assertThat(EvidenceType.of(bytes(0xFF, 0xD8, 0xFF))).as("a magic number alone is no file").isEmpty();
        assertThat(EvidenceType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceType.of(null)).isEmpty();
    }

    @Test
    void aNonPositiveSizeLimitIsAConfigurationError() {
        assertThatThrownBy(() -> new HazardAttachmentServiceImpl(db.transactions(), TestDatabase.CLOCK, hazards, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attachmentMaxBytes");
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Enterprise enterprise(String code, String name, String region) {
        return new Enterprise(code, name, "1713", "示范路1号", region, null, List.of(), RiskColour.YELLOW, null, null,
                List.of(), null);
    }

    private static NewHazard hazard(String enterprise) {
        return new NewHazard(enterprise, null, HazardSource.SELF_INSPECTION, HazardGrade.GENERAL, "FIRE", "消防通道堵塞",
                TODAY.plusDays(7), null, null, null, null, null, null, null);
    }
}
