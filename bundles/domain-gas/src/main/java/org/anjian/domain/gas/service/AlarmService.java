package org.anjian.domain.gas.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.gas.module.GasHazardCategories;
import org.anjian.domain.gas.module.GasModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Alarms from users' devices. A leak alarm not handled within {@code alarmEscalationMinutes} becomes one hazard on the
 * platform's loop (source MONITORING_ALARM, category GAS_LEAK_ALARM, idempotent on the alarm), and handling the alarm
 * closes it.
 */
@Component(service = AlarmService.class, configurationPid = GasConfig.PID)
public class AlarmService {
    static final String RECORD = "gas-alarm";
    private static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("gas");
    private static final String SELECT = "SELECT a.*, u.name AS user_name, u.enterprise_credit_code, u.region_code"
            + " FROM gas_alarm a JOIN gas_user u ON u.id = a.user_id";
    /** Days the enterprise has to fix what made the leak (the hazard's deadline). */
    static final int HAZARD_DAYS = 3;

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final HazardService hazards;
    private final GasUserService users;
    private final Clock clock;
    private volatile Duration escalation;

    @Activate
    public AlarmService(@Reference(target = GasModule.DATABASE) ModuleDatabase db,
                        @Reference EnterpriseService enterprises, @Reference HazardService hazards,
                        @Reference GasUserService users, @Reference CountyClock clock, GasConfig config) {
        this(db, enterprises, hazards, users, clock.clock(), config.alarmEscalationMinutes());
    }

    /** Outside OSGi (tests, the demo). */
    public static AlarmService of(ModuleDatabase db, EnterpriseService enterprises, HazardService hazards,
                                  GasUserService users, Clock clock, int escalationMinutes) {
        return new AlarmService(db, enterprises, hazards, users, clock, escalationMinutes);
    }

    private AlarmService(ModuleDatabase db, EnterpriseService enterprises, HazardService hazards, GasUserService users,
                         Clock clock, int escalationMinutes) {
        this.db = db;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.users = users;
        this.clock = clock;
        this.escalation = Duration.ofMinutes(Math.max(1, escalationMinutes));
    }

    @Modified
    void modified(GasConfig config) {
        this.escalation = Duration.ofMinutes(Math.max(1, config.alarmEscalationMinutes()));
    }

    public Alarm raise(AnjianPrincipal caller, NewAlarm request) {
        Callers.requireWriter(caller, "gas records");
        Fields.body(request);
        String userId = Fields.required("userId", request.userId(), 36);
        if (request.kind() == null) {
            throw new ValidationException("kind", "is required, LEAK or DEVICE_FAULT");
        }
        Instant at = Fields.notInFuture("at", Fields.instant("at", request.at()), clock);
        String note = Fields.optional("note", request.note(), 500);
        String id = Jdbc.newId();
        return db.write(s -> {
            GasUser user = users.find(s.connection(), userId).filter(u -> enterprises.sees(caller, u.enterpriseCreditCode()))
                    .orElseThrow(() -> new ValidationException("userId", "no gas user " + userId + " you may see"));
            Jdbc.update(s.connection(), "INSERT INTO gas_alarm (id, user_id, kind, raised_at, status, note)"
                    + " VALUES (?, ?, ?, ?, 'RAISED', ?)", id, user.id(), request.kind().name(), at, note);
            Alarm saved = find(s.connection(), id).orElseThrow();
            s.outbox(RECORD, id, 1, "raised", user.regionCode(), saved);
            s.audit(caller.userId(), "raise", RECORD, id, null, saved);
            return saved;
        });
    }

    public Alarm handle(AnjianPrincipal caller, String id, String note) {
        Callers.requireWriter(caller, "gas records");
        Alarm before = get(caller, id);
        String text = Fields.optional("note", note, 500);
        if ("HANDLED".equals(before.status())) {
            throw new ConflictException("ALARM_HANDLED", "id", "the alarm was handled at " + before.handledAt());
        }
        Alarm after = db.write(s -> {
            Jdbc.update(s.connection(), "UPDATE gas_alarm SET status = 'HANDLED', handled_at = ?, handled_by = ?,"
                    + " note = COALESCE(?, note) WHERE id = ?", clock.instant(), caller.userId(), text, before.id());
            Alarm saved = find(s.connection(), before.id()).orElseThrow();
            s.outbox(RECORD, saved.id(), 2 + (saved.hazardId() == null ? 0 : 1), "handled", saved.regionCode(), saved);
            s.audit(caller.userId(), "handle", RECORD, saved.id(), before, saved);
            return saved;
        });
        if (after.hazardId() != null) {
            hazards.resolve(SYSTEM, GasModule.ID, source(after.id()), "报警已处置：" + (text == null ? "" : text));
        }
        return after;
    }

    public Alarm get(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        String key = Fields.required("id", id, 36);
        Alarm a = db.read(s -> find(s.connection(), key)).orElse(null);
        if (a == null || !enterprises.sees(caller, a.enterpriseCreditCode())) {
            throw new NotFoundException("alarm", key);
        }
        return a;
    }

    public Page<Alarm> search(AnjianPrincipal caller, String enterpriseCreditCode, String status, PageRequest page) {
        Callers.require(caller);
        SqlCondition scope = enterprises.scope(caller).rowsOf("u.enterprise_credit_code");
        String where = " WHERE (" + scope.sql() + ")" + (enterpriseCreditCode == null ? "" : " AND u.enterprise_credit_code = ?")
                + (status == null ? "" : " AND a.status = ?");
        List<Object> params = new ArrayList<>(scope.params());
        if (enterpriseCreditCode != null) {
            params.add(enterpriseCreditCode);
        }
        if (status != null) {
            params.add(status);
        }
        return db.read(s -> {
            List<Object> paged = new ArrayList<>(params);
            paged.add(page.limit());
            paged.add(page.offset());
            List<Alarm> rows = Jdbc.list(s.connection(), SELECT + where + " ORDER BY a.raised_at DESC, a.id LIMIT ? OFFSET ?",
                    AlarmService::map, paged.toArray());
            return new Page<>(rows, Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_alarm a JOIN gas_user u"
                    + " ON u.id = a.user_id" + where, params.toArray()));
        });
    }

    /** Leak alarms raised before {@code now} minus the escalation time and not handled: each becomes a hazard. */
    public synchronized int escalate(Instant now) {
        Instant before = now.minus(escalation);
        List<Alarm> due = db.read(s -> Jdbc.list(s.connection(), SELECT + " WHERE a.status = 'RAISED' AND a.kind = 'LEAK'"
                + " AND a.raised_at <= ? ORDER BY a.raised_at", AlarmService::map, before));
        int escalated = 0;
        for (Alarm a : due) {
            String region = a.regionCode();
            Hazard h = hazards.register(SYSTEM, NewHazard.of(a.enterpriseCreditCode(), HazardSource.MONITORING_ALARM,
                            HazardGrade.GENERAL, GasHazardCategories.LEAK_ALARM,
                            "燃气用户「" + a.userName() + "」" + a.raisedAt() + " 燃气泄漏报警，超过 " + escalation.toMinutes()
                                    + " 分钟未处置", LocalDate.now(clock).plusDays(HAZARD_DAYS))
                    .region(region).from(GasModule.ID, source(a.id())).build());
            db.write(s -> {
                Jdbc.update(s.connection(), "UPDATE gas_alarm SET status = 'ESCALATED', hazard_id = ? WHERE id = ?"
                        + " AND status = 'RAISED'", h.id(), a.id());
                Alarm saved = find(s.connection(), a.id()).orElseThrow();
                s.outbox(RECORD, a.id(), 2, "escalated", region, saved);
                s.audit(SYSTEM.userId(), "escalate", RECORD, a.id(), a, saved);
                return null;
            });
            escalated++;
        }
        return escalated;
    }

    /** Open alarms of the enterprise's users, for its risk grading: {raised, escalated}. */
    public long[] openCounts(String creditCode) {
        return db.read(s -> new long[] {
            Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_alarm a JOIN gas_user u ON u.id = a.user_id"
                    + " WHERE u.enterprise_credit_code = ? AND a.status = 'RAISED'", creditCode),
            Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_alarm a JOIN gas_user u ON u.id = a.user_id"
                    + " WHERE u.enterprise_credit_code = ? AND a.status = 'ESCALATED'", creditCode)});
    }

    static String source(String alarmId) {
        return "alarm-" + alarmId;
    }

    private static Optional<Alarm> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE a.id = ?", AlarmService::map, id);
    }

    private static Alarm map(ResultSet rs) throws SQLException {
        return new Alarm(rs.getString("id"), rs.getString("user_id"), rs.getString("user_name"),
                rs.getString("enterprise_credit_code"), rs.getString("region_code"), rs.getString("kind"), Jdbc.instant(rs, "raised_at"),
                rs.getString("status"), Jdbc.instant(rs, "handled_at"), rs.getString("handled_by"), rs.getString("note"),
                Jdbc.longOrNull(rs, "hazard_id"));
    }
}
