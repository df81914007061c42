package org.anjian.simulator.province;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jws.WebService;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.anjian.contract.province.v1.AuthenticationFault;
import org.anjian.contract.province.v1.EnterprisePayload;
import org.anjian.contract.province.v1.ExchangeRecord;
import org.anjian.contract.province.v1.FaultDetail;
import org.anjian.contract.province.v1.FeedbackAck;
import org.anjian.contract.province.v1.FeedbackStatus;
import org.anjian.contract.province.v1.Finding;
import org.anjian.contract.province.v1.FindingsPage;
import org.anjian.contract.province.v1.HazardPayload;
import org.anjian.contract.province.v1.GuarantorPayload;
import org.anjian.contract.province.v1.InspectionPayload;
import org.anjian.contract.province.v1.DangerousWorkPayload;
import org.anjian.contract.province.v1.MajorHazardSourcePayload;
import org.anjian.contract.province.v1.ProvinceExchangePortType;
import org.anjian.contract.province.v1.RankingRow;
import org.anjian.contract.province.v1.RecordResult;
import org.anjian.contract.province.v1.RecordStatus;
import org.anjian.contract.province.v1.ServiceUnavailableFault;
import org.anjian.contract.province.v1.TownshipRanking;
import org.anjian.contract.province.v1.UploadReceipt;
import org.anjian.contract.province.v1.ValidationFault;

/** The simulated provincial service, implementing the generated port type of the shipped WSDL. */
@WebService(serviceName = "ProvinceExchangeService", portName = "ProvinceExchangePort",
        targetNamespace = "urn:anjian:province:exchange:1",
        endpointInterface = "org.anjian.contract.province.v1.ProvinceExchangePortType",
        wsdlLocation = "classpath:wsdl/province-exchange.wsdl")
public class ProvinceExchangeImpl implements ProvinceExchangePortType {
    private static final Set<String> COLOURS = Set.of("RED", "ORANGE", "YELLOW", "BLUE");
    private static final Set<String> HAZARD_GRADES = Set.of("GENERAL", "MAJOR");
    private static final Set<String> GUARANTOR_ROLES = Set.of("PRINCIPAL", "TECHNICAL", "OPERATIONAL");
    private static final List<String> WORK_CATEGORIES = List.of("EXCAVATION", "FORMWORK", "LIFTING", "SCAFFOLD",
            "DEMOLITION", "UNDERGROUND", "CURTAIN_WALL", "STEEL_STRUCTURE", "MANUAL_PILE", "UNDERWATER", "OTHER");
    private static final List<String> WORK_LEVELS = List.of("DANGEROUS", "BEYOND_SCALE");
    private static final List<String> WORK_STAGES = List.of("PLAN_DRAFTED", "EXPERT_REVIEWED", "APPROVED",
            "IN_PROGRESS", "ACCEPTED");
    private static final Set<String> HAZARD_STATUSES = Set.of("OPEN", "RECTIFYING", "CLOSED");
    private static final int MAX_PAGE = 500;

    private final ProvinceState state;
    private final FaultInjector faults;
    private final DatatypeFactory dtf;

    public ProvinceExchangeImpl(ProvinceState state, FaultInjector faults) {
        this.state = state;
        this.faults = faults;
        try {
            this.dtf = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- operations

    @Override
    public UploadReceipt uploadBatch(String batchId, String countyCode, List<ExchangeRecord> records)
            throws AuthenticationFault, ServiceUnavailableFault, ValidationFault {
        enter(countyCode);
        if (batchId == null || batchId.isBlank()) throw validation("INVALID_REQUEST", "batchId is required", "batchId");
        UploadReceipt receipt = new UploadReceipt();
        receipt.setBatchId(batchId);
        receipt.setReceivedAt(dateTime(Instant.now()));
        int acc = 0, dup = 0, rej = 0;
        state.countBatch();
        for (ExchangeRecord r : records) {
            RecordResult res = new RecordResult();
            res.setIdempotencyKey(r.getIdempotencyKey());
            res.setRecordId(r.getRecordId());
            String[] problem = validate(r, countyCode);
            if (problem == null && faults.rejects(r.getRecordId())) {
                problem = new String[] {"recordId", "refused by fault injection (rejectRecordIds)"};
            }
            if (problem != null) {
                state.countRejected(r.getRecordType());
                res.setStatus(RecordStatus.REJECTED);
                res.setField(problem[0]);
                res.setReason(problem[1]);
                rej++;
            } else {
                boolean stored = state.store(new ProvinceState.StoredRecord(r.getIdempotencyKey(), r.getRecordType(),
                        r.getRecordId(), r.getVersion(), r.getRegionCode(), payloadFields(r), Instant.now(), batchId));
                if (stored) {
                    res.setStatus(RecordStatus.ACCEPTED);
                    acc++;
                } else {
                    res.setStatus(RecordStatus.DUPLICATE);
                    res.setReason("idempotency key already received");
                    dup++;
                }
            }
            receipt.getResult().add(res);
        }
        receipt.setAccepted(acc);
        receipt.setDuplicates(dup);
        receipt.setRejected(rej);
        if (faults.shouldFailAfterCommit()) {
            faults.committedThenFailed.incrementAndGet();
            throw unavailable("batch stored, receipt lost (simulated commitThenFail)");
        }
        return receipt;
    }

    @Override
    public FindingsPage pullFindings(String countyCode, String since, int max)
            throws AuthenticationFault, ServiceUnavailableFault, ValidationFault {
        enter(countyCode);
        if (max < 1 || max > MAX_PAGE) throw validation("INVALID_REQUEST", "max must be within 1.." + MAX_PAGE, "max");
        int from = decodeCursor(since);
        List<ProvinceState.FindingData> all = state.findings();
        int to = Math.min(all.size(), from + max);
        FindingsPage page = new FindingsPage();
        for (int i = Math.min(from, all.size()); i < to; i++) {
            ProvinceState.FindingData f = all.get(i);
            Finding x = new Finding();
            x.setFindingId(f.findingId());
            x.setEnterpriseCreditCode(f.creditCode());
            x.setRegionCode(f.regionCode());
            x.setDescription(f.description());
            x.setGrade(f.grade());
            x.setDeadline(date(f.deadline()));
            x.setIssuedAt(dateTime(f.issuedAt()));
            page.getFinding().add(x);
        }
        int next = Math.max(from, to);
        page.setNextCursor(encodeCursor(next));
        page.setHasMore(next < all.size());
        return page;
    }

    @Override
    public FeedbackAck postFeedback(String findingId, FeedbackStatus status, XMLGregorianCalendar closedOn, String evidence)
            throws AuthenticationFault, ServiceUnavailableFault, ValidationFault {
        enter(state.county());
        if (findingId == null || findingId.isBlank()) throw validation("INVALID_REQUEST", "findingId is required", "findingId");
        if (status == null) throw validation("INVALID_REQUEST", "status must be RECTIFYING or CLOSED", "status");
        if (state.finding(findingId) == null) throw validation("UNKNOWN_FINDING", "no finding " + findingId, "findingId");
        if (status == FeedbackStatus.CLOSED && closedOn == null) {
            throw validation("INVALID_REQUEST", "closedOn is required when status is CLOSED", "closedOn");
        }
        Instant now = Instant.now();
        state.recordFeedback(new ProvinceState.FeedbackData(findingId, status.value(),
                closedOn == null ? null : localDate(closedOn), evidence, now));
        FeedbackAck ack = new FeedbackAck();
        ack.setFindingId(findingId);
        ack.setStatus(status);
        ack.setRecordedAt(dateTime(now));
        return ack;
    }

    @Override
    public TownshipRanking getTownshipRanking(String countyCode, String month)
            throws AuthenticationFault, ServiceUnavailableFault, ValidationFault {
        enter(countyCode);
        YearMonth ym;
        try {
            if (month == null || !month.matches("\\d{4}-\\d{2}")) throw new DateTimeParseException("format", String.valueOf(month), 0);
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw validation("INVALID_REQUEST", "month must be YYYY-MM", "month");
        }
        TownshipRanking out = new TownshipRanking();
        out.setCountyCode(countyCode);
        out.setMonth(month);
        for (ProvinceState.RankRow r : state.ranking(ym)) {
            RankingRow row = new RankingRow();
            row.setTownshipCode(r.code());
            row.setTownshipName(r.name());
            row.setScore(r.score());
            row.setRank(r.rank());
            out.getRow().add(row);
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /** Common entry: injected latency and errors, then the county entitlement. */
    private void enter(String countyCode) throws AuthenticationFault, ServiceUnavailableFault, ValidationFault {
        faults.delay();
        if (faults.shouldError()) {
            faults.errors.incrementAndGet();
            throw unavailable("service unavailable (simulated)");
        }
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw validation("INVALID_REQUEST", "countyCode must be a 6-digit region code", "countyCode");
        }
        if (!countyCode.equals(state.county())) {
            FaultDetail d = detail("NOT_AUTHORISED", "this account is bound to county " + state.county(), "countyCode");
            throw new AuthenticationFault(d.getMessage(), d);
        }
    }

    /** @return null if valid, else {field, reason}. */
    String[] validate(ExchangeRecord r, String county) {
        if (blank(r.getIdempotencyKey())) return p("idempotencyKey", "missing");
        if (blank(r.getRecordType())) return p("recordType", "missing");
        String type = r.getRecordType();
        if (!List.of(ProvinceState.TYPES).contains(type)) {
            return p("recordType", "unknown record type '" + type + "' " + List.of(ProvinceState.TYPES));
        }
        if (blank(r.getRecordId())) return p("recordId", "missing");
        if (r.getVersion() == null) return p("version", "missing");
        if (r.getVersion() < 1) return p("version", "must be >= 1");
        if (!r.getIdempotencyKey().equals(r.getRecordId() + ":" + r.getVersion())) {
            return p("idempotencyKey", "must be recordId:version (" + r.getRecordId() + ":" + r.getVersion() + ")");
        }
        String[] reg = region("regionCode", r.getRegionCode(), county);
        if (reg != null) return reg;
        int payloads = (r.getEnterprise() != null ? 1 : 0) + (r.getHazard() != null ? 1 : 0) + (r.getInspection() != null ? 1 : 0)
                + (r.getMajorHazardSource() != null ? 1 : 0) + (r.getDangerousWork() != null ? 1 : 0);
        switch (type) {
            case "ENTERPRISE": {
                EnterprisePayload e = r.getEnterprise();
                if (e == null || payloads != 1) return p("enterprise", "an ENTERPRISE record needs exactly the enterprise payload");
                String[] c = creditCode("enterprise.creditCode", e.getCreditCode());
                if (c != null) return c;
                if (blank(e.getName())) return p("enterprise.name", "missing");
                if (blank(e.getIndustryCode())) return p("enterprise.industryCode", "missing");
                reg = region("enterprise.regionCode", e.getRegionCode(), county);
                if (reg != null) return reg;
                if (blank(e.getRiskColour())) return p("enterprise.riskColour", "missing");
                if (!COLOURS.contains(e.getRiskColour())) return p("enterprise.riskColour", "must be one of " + COLOURS);
                return null;
            }
            case "HAZARD": {
                HazardPayload h = r.getHazard();
                if (h == null || payloads != 1) return p("hazard", "a HAZARD record needs exactly the hazard payload");
                if (blank(h.getId())) return p("hazard.id", "missing");
                String[] c = creditCode("hazard.enterpriseCreditCode", h.getEnterpriseCreditCode());
                if (c != null) return c;
                reg = region("hazard.regionCode", h.getRegionCode(), county);
                if (reg != null) return reg;
                if (blank(h.getGrade())) return p("hazard.grade", "missing");
                if (!HAZARD_GRADES.contains(h.getGrade())) return p("hazard.grade", "must be one of " + HAZARD_GRADES);
                if (blank(h.getCategory())) return p("hazard.category", "missing");
                if (blank(h.getStatus())) return p("hazard.status", "missing");
                if (!HAZARD_STATUSES.contains(h.getStatus())) return p("hazard.status", "must be one of " + HAZARD_STATUSES);
                if (h.getDeadline() == null) return p("hazard.deadline", "missing");
                return null;
            }
            case "MAJOR_HAZARD_SOURCE": {
                MajorHazardSourcePayload m = r.getMajorHazardSource();
                if (m == null || payloads != 1) {
                    return p("majorHazardSource", "a MAJOR_HAZARD_SOURCE record needs exactly the majorHazardSource payload");
                }
                if (blank(m.getId())) return p("majorHazardSource.id", "missing");
                String[] c = creditCode("majorHazardSource.enterpriseCreditCode", m.getEnterpriseCreditCode());
                if (c != null) return c;
                if (blank(m.getName())) return p("majorHazardSource.name", "missing");
                if (m.getGrade() == null) return p("majorHazardSource.grade", "missing");
                if (m.getGrade() < 1 || m.getGrade() > 4) return p("majorHazardSource.grade", "must be 1 to 4 (GB 18218)");
                if (m.getGuarantor().isEmpty()) return p("majorHazardSource.guarantor", "at least one 包保责任人");
                for (int g = 0; g < m.getGuarantor().size(); g++) {
                    GuarantorPayload gp = m.getGuarantor().get(g);
                    if (blank(gp.getName())) return p("majorHazardSource.guarantor[" + g + "].name", "missing");
                    if (!GUARANTOR_ROLES.contains(gp.getRole())) {
                        return p("majorHazardSource.guarantor[" + g + "].role", "must be one of " + GUARANTOR_ROLES);
                    }
                }
                return null;
            }
            case "DANGEROUS_WORK": {
                DangerousWorkPayload w = r.getDangerousWork();
                if (w == null || payloads != 1) {
                    return p("dangerousWork", "a DANGEROUS_WORK record needs exactly the dangerousWork payload");
                }
                if (blank(w.getId())) return p("dangerousWork.id", "missing");
                String[] c = creditCode("dangerousWork.enterpriseCreditCode", w.getEnterpriseCreditCode());
                if (c != null) return c;
                if (blank(w.getProjectCode())) return p("dangerousWork.projectCode", "missing");
                if (blank(w.getName())) return p("dangerousWork.name", "missing");
                if (!WORK_CATEGORIES.contains(w.getCategory())) {
                    return p("dangerousWork.category", "must be one of " + WORK_CATEGORIES);
                }
                if (!WORK_LEVELS.contains(w.getLevel())) return p("dangerousWork.level", "must be one of " + WORK_LEVELS);
                if (!WORK_STAGES.contains(w.getStage())) return p("dangerousWork.stage", "must be one of " + WORK_STAGES);
                return null;
            }
            default: {
                InspectionPayload i = r.getInspection();
                if (i == null || payloads != 1) return p("inspection", "an INSPECTION record needs exactly the inspection payload");
                if (blank(i.getId())) return p("inspection.id", "missing");
                String[] c = creditCode("inspection.enterpriseCreditCode", i.getEnterpriseCreditCode());
                if (c != null) return c;
                if (i.getDate() == null) return p("inspection.date", "missing");
                if (blank(i.getResult())) return p("inspection.result", "missing");
                return null;
            }
        }
    }

    private static String[] creditCode(String field, String code) {
        String problem = CreditCodes.problem(code);
        return problem == null ? null : p(field, "credit code " + problem);
    }

    private static String[] region(String field, String code, String county) {
        if (blank(code)) return p(field, "missing");
        if (!code.matches("\\d{6}|\\d{12}")) return p(field, "must be a 6- or 12-digit region code");
        if (!code.startsWith(county)) return p(field, "not within county " + county);
        return null;
    }

    private Map<String, String> payloadFields(ExchangeRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        if (r.getEnterprise() != null) {
            EnterprisePayload e = r.getEnterprise();
            m.put("creditCode", e.getCreditCode());
            m.put("name", e.getName());
            m.put("industryCode", e.getIndustryCode());
            m.put("regionCode", e.getRegionCode());
            m.put("riskColour", e.getRiskColour());
        } else if (r.getHazard() != null) {
            HazardPayload h = r.getHazard();
            m.put("id", h.getId());
            m.put("enterpriseCreditCode", h.getEnterpriseCreditCode());
            m.put("regionCode", h.getRegionCode());
            m.put("grade", h.getGrade());
            m.put("category", h.getCategory());
            m.put("status", h.getStatus());
            m.put("supervision", h.getSupervision());
            m.put("deadline", localDate(h.getDeadline()).toString());
        } else if (r.getMajorHazardSource() != null) {
            MajorHazardSourcePayload mh = r.getMajorHazardSource();
            m.put("id", mh.getId());
            m.put("enterpriseCreditCode", mh.getEnterpriseCreditCode());
            m.put("name", mh.getName());
            m.put("grade", String.valueOf(mh.getGrade()));
            m.put("rValue", mh.getRValue() == null ? null : String.valueOf(mh.getRValue()));
            m.put("guarantors", String.join(";", mh.getGuarantor().stream()
                    .map(gp -> gp.getRole() + ":" + gp.getName()).toList()));
        } else if (r.getDangerousWork() != null) {
            DangerousWorkPayload w = r.getDangerousWork();
            m.put("id", w.getId());
            m.put("enterpriseCreditCode", w.getEnterpriseCreditCode());
            m.put("projectCode", w.getProjectCode());
            m.put("projectName", w.getProjectName());
            m.put("name", w.getName());
            m.put("category", w.getCategory());
            m.put("level", w.getLevel());
            m.put("stage", w.getStage());
        } else if (r.getInspection() != null) {
            InspectionPayload i = r.getInspection();
            m.put("id", i.getId());
            m.put("enterpriseCreditCode", i.getEnterpriseCreditCode());
            m.put("date", localDate(i.getDate()).toString());
            m.put("result", i.getResult());
        }
        return m;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String[] p(String field, String reason) { return new String[] {field, field + ": " + reason}; }

    private static FaultDetail detail(String code, String message, String field) {
        FaultDetail d = new FaultDetail();
        d.setCode(code);
        d.setMessage(message);
        d.setField(field);
        return d;
    }

    private static ValidationFault validation(String code, String message, String field) {
        return new ValidationFault(message, detail(code, message, field));
    }

    private static ServiceUnavailableFault unavailable(String message) {
        return new ServiceUnavailableFault(message, detail("SERVICE_UNAVAILABLE", message, null));
    }

    static String encodeCursor(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + index).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeCursor(String cursor) throws ValidationFault {
        if (cursor == null || cursor.isEmpty()) return 0;
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!s.startsWith("v1:")) throw new IllegalArgumentException();
            int i = Integer.parseInt(s.substring(3));
            if (i < 0) throw new IllegalArgumentException();
            return i;
        } catch (IllegalArgumentException e) {
            throw validation("INVALID_CURSOR", "unreadable cursor", "since");
        }
    }

    private XMLGregorianCalendar dateTime(Instant i) {
        return dtf.newXMLGregorianCalendar(GregorianCalendar.from(i.atZone(ZoneOffset.UTC)));
    }

    private XMLGregorianCalendar date(LocalDate d) {
        return dtf.newXMLGregorianCalendar(d.toString());
    }

    private static LocalDate localDate(XMLGregorianCalendar c) {
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }
}
