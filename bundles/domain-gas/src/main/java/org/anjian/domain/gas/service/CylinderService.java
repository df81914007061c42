package org.anjian.domain.gas.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.SqlCondition;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.gas.module.GasModule;
import org.anjian.domain.gas.rules.CylinderRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * 一瓶一码: cylinders registered by their owner and every step of their life. Filling a cylinder whose inspection is
 * overdue, that is past its scrap date or scrapped is refused (409 naming the reason), and so is delivering to a
 * catering user without a working leak alarm; each refusal changes nothing.
 */
@Component(service = CylinderService.class, configurationPid = GasConfig.PID)
@Designate(ocd = GasConfig.class)
public class CylinderService {
    static final String RECORD = "gas-cylinder";
    private static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("gas");
    static final String COLUMNS = "c.code, c.owner_credit_code, c.manufactured_on, c.last_inspected_on, c.inspections,"
            + " c.next_inspection_due, c.scrap_due, c.status, c.state, c.holder_user_id, c.version, c.created_at";

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final OperatorService operators;
    private final GasUserService users;
    private final Clock clock;
    private volatile CylinderRules rules;

    @Activate
    public CylinderService(@Reference(target = GasModule.DATABASE) ModuleDatabase db,
                           @Reference EnterpriseService enterprises, @Reference OperatorService operators,
                           @Reference GasUserService users, @Reference CountyClock clock, GasConfig config) {
        this(db, enterprises, operators, users, clock.clock(), rules(config));
    }

    /** Outside OSGi (tests, the demo). */
    public static CylinderService of(ModuleDatabase db, EnterpriseService enterprises, OperatorService operators,
                                     GasUserService users, Clock clock, CylinderRules rules) {
        return new CylinderService(db, enterprises, operators, users, clock, rules);
    }

    private CylinderService(ModuleDatabase db, EnterpriseService enterprises, OperatorService operators,
                            GasUserService users, Clock clock, CylinderRules rules) {
        this.db = db;
        this.enterprises = enterprises;
        this.operators = operators;
        this.users = users;
        this.clock = clock;
        this.rules = rules;
    }

    @Modified
    void modified(GasConfig config) {
        this.rules = rules(config);
    }

    static CylinderRules rules(GasConfig c) {
        return new CylinderRules(c.firstInspectionIntervalYears(), c.laterInspectionIntervalYears(),
                c.inspectionsAtFirstInterval(), c.cylinderDesignLifeYears(), c.dueSoonDays());
    }

    public Cylinder register(AnjianPrincipal caller, NewCylinder request) {
        Callers.requireWriter(caller, "gas records");
        Fields.body(request);
        String code = Fields.required("code", request.code(), 32);
        Enterprise owner = Callers.visibleEnterprise(enterprises, caller, "ownerCreditCode", request.ownerCreditCode());
        LocalDate made = Fields.notInFuture("manufacturedOn", Fields.date("manufacturedOn", request.manufacturedOn()), clock);
        LocalDate inspected = Fields.optionalDate("lastInspectedOn", request.lastInspectedOn());
        if (inspected != null) {
            Fields.notInFuture("lastInspectedOn", inspected, clock);
            if (inspected.isBefore(made)) {
                throw new ValidationException("lastInspectedOn", "must not be before manufacturedOn " + made);
            }
        }
        int inspections = inspected == null ? 0 : 1;
        CylinderRules r = rules;
        return db.write(s -> {
            Connection c = s.connection();
            if (!operators.bottledLpgOperator(c, owner.creditCode())) {
                throw new ValidationException("ownerCreditCode", owner.creditCode() + " holds no bottled-LPG licence"
                        + " (register it as an operator with scope BOTTLED_LPG first)");
            }
            if (Jdbc.count(c, "SELECT COUNT(*) FROM gas_cylinder WHERE code = ?", code) > 0) {
                throw new ConflictException("CYLINDER_REGISTERED", "code", "cylinder " + code + " is already registered");
            }
            Jdbc.update(c, "INSERT INTO gas_cylinder (code, owner_credit_code, manufactured_on, last_inspected_on,"
                            + " inspections, next_inspection_due, scrap_due, status, state, version, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'IN_SERVICE', 'EMPTY', 1, ?)", code, owner.creditCode(), made,
                    inspected, inspections, r.nextInspectionDue(made, inspected, inspections), r.scrapDue(made),
                    clock.instant());
            Cylinder saved = find(c, code).orElseThrow();
            s.outbox(RECORD, code, 1, "registered", owner.regionCode(), saved);
            s.audit(caller.userId(), "register", RECORD, code, null, saved);
            return saved;
        });
    }

    public Cylinder get(AnjianPrincipal caller, String code) {
        Callers.require(caller);
        String key = Fields.required("code", code, 32);
        Cylinder cyl = db.read(s -> find(s.connection(), key)).orElse(null);
        if (cyl == null || !enterprises.sees(caller, cyl.enterpriseCreditCode())) {
            throw new NotFoundException("cylinder", key);
        }
        return cyl;
    }

    public Page<Cylinder> search(AnjianPrincipal caller, String ownerCreditCode, String status,
                                 CylinderRules.Inspection inspection, PageRequest page) {
        Callers.require(caller);
        SqlCondition scope = enterprises.scope(caller).rowsOf("c.owner_credit_code");
        StringBuilder where = new StringBuilder(" WHERE (").append(scope.sql()).append(')');
        List<Object> params = new ArrayList<>(scope.params());
        if (ownerCreditCode != null) {
            where.append(" AND c.owner_credit_code = ?");
            params.add(ownerCreditCode);
        }
        if (status != null) {
            where.append(" AND c.status = ?");
            params.add(status);
        }
        LocalDate today = LocalDate.now(clock);
        if (inspection != null) {
            where.append(" AND c.status = 'IN_SERVICE'");
            switch (inspection) {
                case OVERDUE -> where.append(" AND c.next_inspection_due < ?");
                case DUE_SOON -> where.append(" AND c.next_inspection_due >= ? AND c.next_inspection_due <= ?");
                case OK -> where.append(" AND c.next_inspection_due > ?");
            }
            if (inspection == CylinderRules.Inspection.DUE_SOON) {
                params.add(today);
            }
            params.add(inspection == CylinderRules.Inspection.OVERDUE ? today : today.plusDays(rules.dueSoonDays()));
        }
        return db.read(s -> {
            List<Object> paged = new ArrayList<>(params);
            paged.add(page.limit());
            paged.add(page.offset());
            List<Cylinder> rows = Jdbc.list(s.connection(), "SELECT " + COLUMNS + " FROM gas_cylinder c" + where
                    + " ORDER BY c.code LIMIT ? OFFSET ?", this::map, paged.toArray());
            return new Page<>(rows, Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_cylinder c" + where,
                    params.toArray()));
        });
    }

    public Trace trace(AnjianPrincipal caller, String code) {
        Cylinder cyl = get(caller, code);
        return db.read(s -> new Trace(cyl, events(s.connection(), cyl.code())));
    }

    public CylinderEvent record(AnjianPrincipal caller, String code, NewCylinderEvent request) {
        Callers.requireWriter(caller, "gas records");
        Cylinder before = get(caller, code);
        Fields.body(request);
        if (request.type() == null) {
            throw new ValidationException("type", "is required, one of FILL, DELIVER, RETURN, INSPECT, SCRAP");
        }
        Instant at = Fields.notInFuture("at", Fields.instant("at", request.at()), clock);
        String person = Fields.optional("person", request.person(), 50);
        String note = Fields.optional("note", request.note(), 500);
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        String region = enterprises.find(SYSTEM, before.enterpriseCreditCode()).map(Enterprise::regionCode).orElse(null);
        CylinderRules r = rules;
        return db.write(s -> {
            Connection c = s.connection();
            Instant last = Jdbc.one(c, "SELECT MAX(event_at) AS last FROM gas_cylinder_event WHERE cylinder_code = ?",
                    rs -> Jdbc.instant(rs, "last"), before.code()).orElse(null);
            if (last != null && at.isBefore(last)) {
                throw new ValidationException("at", "must not be before the cylinder's last event (" + last + ")");
            }
            if ("SCRAPPED".equals(before.status())) {
                throw new ConflictException(CylinderRules.Refusal.CYLINDER_SCRAPPED.name(), "type",
                        "the cylinder is scrapped: it takes no more events");
            }
            String stationId = null;
            String userId = null;
            Double weight = null;
            String result = null;
            switch (request.type()) {
                case FILL -> {
                    stationId = Fields.required("stationId", request.stationId(), 36);
                    String[] station = operators.station(c, stationId).orElseThrow(() -> new ValidationException(
                            "stationId", "no station " + request.stationId()));
                    if (!station[1].equals(before.enterpriseCreditCode())) {
                        throw new ValidationException("stationId", "the station is not the cylinder owner's");
                    }
                    weight = request.weightKg();
                    if (weight == null || !(weight > 0) || weight > 50) {
                        throw new ValidationException("weightKg", "is required for a fill: the filled weight, 0 to 50 kg");
                    }
                    Fields.required("person", person, 50);
                    Optional<CylinderRules.Refusal> refusal = r.fillRefusal(false, before.scrapDue(),
                            before.nextInspectionDue(), day);
                    if (refusal.isPresent()) {
                        throw new ConflictException(refusal.get().name(), "type", refusal.get().reason() + " (next"
                                + " inspection due " + before.nextInspectionDue() + ", scrap date " + before.scrapDue()
                                + "): it must not be filled");
                    }
                    if (!"EMPTY".equals(before.state())) {
                        throw new ConflictException("CYLINDER_NOT_EMPTY", "type", "the cylinder is " + before.state()
                                + ": only an empty cylinder back at the station is filled");
                    }
                    state(c, before, "FILLED", null);
                }
                case DELIVER -> {
                    userId = Fields.required("userId", request.userId(), 36);
                    GasUser user = users.find(c, userId).filter(u -> enterprises.sees(caller, u.enterpriseCreditCode()))
                            .orElseThrow(() -> new ValidationException("userId", "no gas user " + request.userId()
                                    + " you may see"));
                    Fields.required("person", person, 50);
                    if (!"FILLED".equals(before.state())) {
                        throw new ConflictException("CYLINDER_NOT_FILLED", "type", "the cylinder is " + before.state()
                                + ": only a filled cylinder is delivered");
                    }
                    if (Kinds.UserKind.CATERING.name().equals(user.kind()) && !"WORKING".equals(user.leakAlarm())) {
                        throw new ConflictException("USER_LEAK_ALARM_NOT_WORKING", "userId", "catering user "
                                + user.name() + " has no working gas leak alarm (" + user.leakAlarm()
                                + "): no cylinder is delivered to it");
                    }
                    state(c, before, "AT_USER", userId);
                }
                case RETURN -> {
                    if (!"AT_USER".equals(before.state())) {
                        throw new ConflictException("CYLINDER_NOT_AT_USER", "type", "the cylinder is " + before.state()
                                + ": only a cylinder at a user is returned");
                    }
                    userId = before.holderUserId();
                    state(c, before, "EMPTY", null);
                }
                case INSPECT -> {
                    if (request.result() == null) {
                        throw new ValidationException("result", "is required for an inspection, PASS or FAIL");
                    }
                    Fields.required("person", person, 50);
                    if ("AT_USER".equals(before.state())) {
                        throw new ConflictException("CYLINDER_NOT_EMPTY", "type", "the cylinder is at a user: it is"
                                + " inspected once it is back");
                    }
                    result = request.result().name();
                    if (request.result() == Kinds.InspectionResult.PASS) {
                        int n = before.inspections() + 1;
                        Jdbc.update(c, "UPDATE gas_cylinder SET last_inspected_on = ?, inspections = ?,"
                                        + " next_inspection_due = ?, version = version + 1 WHERE code = ?", day, n,
                                r.nextInspectionDue(before.manufacturedOn(), day, n), before.code());
                    } else {
                        scrap(c, before);
                    }
                }
                case SCRAP -> {
                    if ("AT_USER".equals(before.state())) {
                        throw new ConflictException("CYLINDER_NOT_EMPTY", "type", "the cylinder is at a user: it is"
                                + " scrapped once it is back");
                    }
                    scrap(c, before);
                }
            }
            String id = Jdbc.newId();
            Jdbc.update(c, "INSERT INTO gas_cylinder_event (id, cylinder_code, type, event_at, station_id, weight_kg,"
                            + " person, user_id, result, note, recorded_at, recorded_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, before.code(), request.type().name(), at,
                    stationId, weight, person, userId, result, note, clock.instant(), caller.userId());
            Cylinder after = find(c, before.code()).orElseThrow();
            CylinderEvent event = events(c, before.code()).stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow();
            s.outbox(RECORD, after.code(), after.version(), request.type().name().toLowerCase(java.util.Locale.ROOT),
                    region, after);
            s.audit(caller.userId(), request.type().name().toLowerCase(java.util.Locale.ROOT), RECORD, after.code(),
                    before, after);
            return event;
        });
    }

    /** Counts for the risk grading of an owner: cylinders in service, overdue for inspection, past their scrap date. */
    public long[] riskCounts(String ownerCreditCode) {
        LocalDate today = LocalDate.now(clock);
        return db.read(s -> new long[] {
            Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_cylinder WHERE owner_credit_code = ? AND status = 'IN_SERVICE'",
                    ownerCreditCode),
            Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_cylinder WHERE owner_credit_code = ? AND status = 'IN_SERVICE'"
                    + " AND next_inspection_due < ?", ownerCreditCode, today),
            Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_cylinder WHERE owner_credit_code = ? AND status = 'IN_SERVICE'"
                    + " AND scrap_due <= ?", ownerCreditCode, today)});
    }

    private static void state(Connection c, Cylinder cyl, String state, String holder) throws SQLException {
        Jdbc.update(c, "UPDATE gas_cylinder SET state = ?, holder_user_id = ?, version = version + 1 WHERE code = ?",
                state, holder, cyl.code());
    }

    private static void scrap(Connection c, Cylinder cyl) throws SQLException {
        Jdbc.update(c, "UPDATE gas_cylinder SET status = 'SCRAPPED', state = 'EMPTY', holder_user_id = NULL,"
                + " version = version + 1 WHERE code = ?", cyl.code());
    }

    private Optional<Cylinder> find(Connection c, String code) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM gas_cylinder c WHERE c.code = ?", this::map, code);
    }

    private static List<CylinderEvent> events(Connection c, String code) throws SQLException {
        return Jdbc.list(c, "SELECT e.*, s.name AS station_name, u.name AS user_name FROM gas_cylinder_event e"
                + " LEFT JOIN gas_station s ON s.id = e.station_id LEFT JOIN gas_user u ON u.id = e.user_id"
                + " WHERE e.cylinder_code = ? ORDER BY e.event_at, e.recorded_at, e.id", rs -> new CylinderEvent(
                        rs.getString("id"), rs.getString("cylinder_code"), rs.getString("type"), Jdbc.instant(rs, "event_at"),
                        rs.getString("station_id"), rs.getString("station_name"), Jdbc.doubleOrNull(rs, "weight_kg"),
                        rs.getString("person"), rs.getString("user_id"), rs.getString("user_name"), rs.getString("result"),
                        rs.getString("note")), code);
    }

    private Cylinder map(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        LocalDate due = Jdbc.date(rs, "next_inspection_due");
        String inspection = "SCRAPPED".equals(status) ? null : rules.inspection(due, LocalDate.now(clock)).name();
        return new Cylinder(rs.getString("code"), rs.getString("owner_credit_code"), Jdbc.date(rs, "manufactured_on"),
                Jdbc.date(rs, "last_inspected_on"), rs.getInt("inspections"), due, Jdbc.date(rs, "scrap_due"), status,
                rs.getString("state"), rs.getString("holder_user_id"), inspection, rs.getLong("version"),
                Jdbc.instant(rs, "created_at"));
    }
}
