package org.anjian.exchange.province;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.anjian.exchange.province.contract.DangerousWorkPayload;
import org.anjian.exchange.province.contract.EnterprisePayload;
import org.anjian.exchange.province.contract.ExchangeRecord;
import org.anjian.exchange.province.contract.HazardPayload;
import org.anjian.exchange.province.contract.GuarantorPayload;
import org.anjian.exchange.province.contract.InspectionPayload;
import org.anjian.exchange.province.contract.MajorHazardSourcePayload;
import org.anjian.api.exchange.record.CanonicalRecord;
import org.anjian.api.exchange.record.DangerousWorkRecord;
import org.anjian.api.exchange.record.InspectionRecord;
import org.anjian.api.exchange.record.MajorHazardSourceRecord;

/**
 * Our records in the province's vocabulary (contract README). The platform's enterprises and hazards are
 * mapped here, and so are the modules' canonical records (inspections, major hazard sources, dangerous works); a module still on
 * the first SPI gives its records already mapped, with {@code recordType} INSPECTION. The record id is our outbox record type and id
 * ({@code hazard:42}); the province counts revisions from 1 where our versions count from 0, so the
 * revision sent is our version + 1 and the idempotency key is {@code hazard:42:<version + 1>}: one key per
 * outbox row, whatever is re-sent.
 */
public final class ProvinceMapper {
    private static final Set<String> COLOURS = Set.of("RED", "ORANGE", "YELLOW", "BLUE");

    /** Why a record cannot be sent. */
    public static final class Unmappable extends Exception {
        private final String field;

        Unmappable(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Whether the province receives the record at all: the platform's enterprises and hazards, a module's
     * inspections, major hazard sources and dangerous works (canonical records), and a first-SPI module record in the province's
     * INSPECTION vocabulary.
     */
    public static boolean receives(org.anjian.exchange.spi.ExchangeRecord record) {
        String recordType = record.source().recordType();
        if (record.canonical() != null) {
            return record.canonical() instanceof InspectionRecord || record.canonical() instanceof MajorHazardSourceRecord
                    || record.canonical() instanceof DangerousWorkRecord;
        }
        return switch (recordType) {
            case "enterprise", "hazard" -> true;
            default -> recordType.contains(".") && "INSPECTION".equals(record.fields().get("recordType"));
        };
    }

    public static ExchangeRecord map(org.anjian.exchange.spi.ExchangeRecord record) throws Unmappable {
        var source = record.source();
        Map<String, Object> f = record.fields();
        ExchangeRecord r = new ExchangeRecord();
        r.setRecordId(source.recordType() + ":" + source.recordId());
        r.setVersion(revision(source.version()));
        r.setIdempotencyKey(key(source));
        switch (source.recordType()) {
            case "enterprise" -> {
                r.setRecordType("ENTERPRISE");
                EnterprisePayload e = new EnterprisePayload();
                e.setCreditCode(required(f, "creditCode"));
                e.setName(required(f, "name"));
                e.setIndustryCode(required(f, "industryCode"));
                e.setRegionCode(required(f, "regionCode"));
                String colour = required(f, "riskColour");
                if (!COLOURS.contains(colour)) {
                    throw new Unmappable("riskColour", "risk colour " + colour + " is not one of " + COLOURS);
                }
                e.setRiskColour(colour);
                r.setRegionCode(e.getRegionCode());
                r.setEnterprise(e);
            }
            case "hazard" -> {
                r.setRecordType("HAZARD");
                HazardPayload h = new HazardPayload();
                h.setId(String.valueOf(required(f, "id")));
                h.setEnterpriseCreditCode(required(f, "enterpriseCreditCode"));
                h.setRegionCode(required(f, "regionCode"));
                h.setGrade(required(f, "grade"));
                h.setCategory(required(f, "category"));
                h.setStatus(status(required(f, "status")));
                Object supervision = f.get("supervision");
                h.setSupervision(supervision == null ? null : String.valueOf(supervision));
                h.setDeadline(ProvinceClient.date(date(f, "deadline")));
                r.setRegionCode(h.getRegionCode());
                r.setHazard(h);
            }
            default -> {
                if (record.canonical() != null) {
                    canonical(r, record.canonical());
                    return r;
                }
                r.setRecordType("INSPECTION");
                InspectionPayload i = new InspectionPayload();
                i.setId(required(f, "id"));
                i.setEnterpriseCreditCode(required(f, "enterpriseCreditCode"));
                i.setDate(ProvinceClient.date(date(f, "date")));
                i.setResult(required(f, "result"));
                r.setRegionCode(required(f, "regionCode"));
                r.setInspection(i);
            }
        }
        return r;
    }

    /** A module's record in the canonical vocabulary, translated once for every module. */
    private static void canonical(ExchangeRecord r, CanonicalRecord c) throws Unmappable {
        if (c.regionCode() == null || c.regionCode().isBlank()) {
            throw new Unmappable("regionCode", "the record has no region");
        }
        r.setRegionCode(c.regionCode());
        if (c instanceof InspectionRecord i) {
            r.setRecordType("INSPECTION");
            InspectionPayload p = new InspectionPayload();
            p.setId(i.id());
            p.setEnterpriseCreditCode(i.enterpriseCreditCode());
            p.setDate(ProvinceClient.date(i.date()));
            p.setResult(i.result().name());
            r.setInspection(p);
        } else if (c instanceof MajorHazardSourceRecord m) {
            r.setRecordType("MAJOR_HAZARD_SOURCE");
            MajorHazardSourcePayload p = new MajorHazardSourcePayload();
            p.setId(m.id());
            p.setEnterpriseCreditCode(m.enterpriseCreditCode());
            p.setName(m.name());
            p.setGrade(m.grade());
            p.setRValue(m.rValue());
            for (MajorHazardSourceRecord.Guarantor g : m.guarantors()) {
                GuarantorPayload gp = new GuarantorPayload();
                gp.setRole(g.role());
                gp.setName(g.name());
                gp.setPosition(g.position());
                gp.setPhone(g.phone());
                p.getGuarantor().add(gp);
            }
            r.setMajorHazardSource(p);
        } else if (c instanceof DangerousWorkRecord w) {
            r.setRecordType("DANGEROUS_WORK");
            DangerousWorkPayload p = new DangerousWorkPayload();
            p.setId(w.id());
            p.setEnterpriseCreditCode(w.enterpriseCreditCode());
            p.setProjectCode(w.projectCode());
            p.setProjectName(w.projectName());
            p.setName(w.name());
            p.setCategory(w.category());
            p.setLevel(w.level());
            p.setStage(w.stage());
            r.setDangerousWork(p);
        } else {
            throw new Unmappable("recordType", "the province takes no " + c.getClass().getSimpleName());
        }
    }

    /** The province's revision number of an outbox row. */
    public static long revision(long version) {
        return version + 1;
    }

    /** The key the province knows an outbox row by. */
    public static String key(org.anjian.exchange.spi.OutboxRecord source) {
        return source.recordType() + ":" + source.recordId() + ":" + revision(source.version());
    }

    /** Our closed loop's stages in the province's three. */
    static String status(String ours) throws Unmappable {
        return switch (ours) {
            case "REGISTERED", "ASSIGNED" -> "OPEN";
            case "RECTIFYING", "SUBMITTED" -> "RECTIFYING";
            case "CLOSED" -> "CLOSED";
            default -> throw new Unmappable("status", "unknown hazard status " + ours);
        };
    }

    private static String required(Map<String, Object> f, String name) throws Unmappable {
        Object v = f.get(name);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new Unmappable(name, name + " is missing");
        }
        return String.valueOf(v);
    }

    private static LocalDate date(Map<String, Object> f, String name) throws Unmappable {
        String v = required(f, name);
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (RuntimeException e) {
            throw new Unmappable(name, name + " is not a date: " + v);
        }
    }
}
