package org.anjian.domain.gas.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.gas.module.GasModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 燃气用户 and the state of their devices, scoped through the restaurant (catering) or the supplier (households). */
@Component(service = GasUserService.class)
public class GasUserService {
    static final String RECORD = "gas-user";
    private static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("gas");
    static final String COLUMNS = "u.id, u.kind, u.name, u.address, u.region_code, u.enterprise_credit_code,"
            + " u.supplier_credit_code, u.leak_alarm, u.shut_off_device, u.version, u.created_at, u.updated_at";

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final Clock clock;

    @Activate
    public GasUserService(@Reference(target = GasModule.DATABASE) ModuleDatabase db,
                          @Reference EnterpriseService enterprises, @Reference CountyClock clock) {
        this(db, enterprises, clock.clock());
    }

    /** Outside OSGi (tests, the demo). */
    public static GasUserService of(ModuleDatabase db, EnterpriseService enterprises, Clock clock) {
        return new GasUserService(db, enterprises, clock);
    }

    private GasUserService(ModuleDatabase db, EnterpriseService enterprises, Clock clock) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public GasUser create(AnjianPrincipal caller, NewGasUser request) {
        String owner = check(caller, request);
        String id = Jdbc.newId();
        return db.write(s -> {
            Jdbc.update(s.connection(), "INSERT INTO gas_user (id, kind, name, address, region_code,"
                            + " enterprise_credit_code, supplier_credit_code, leak_alarm, shut_off_device, version,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", id,
                    request.kind().name(), request.name().strip(), request.address().strip(), request.regionCode(), owner,
                    request.supplierCreditCode(), request.leakAlarm().name(), request.shutOffDevice().name(),
                    clock.instant(), clock.instant());
            GasUser saved = find(s.connection(), id).orElseThrow();
            s.outbox(RECORD, id, 1, "registered", saved.regionCode(), saved);
            s.audit(caller.userId(), "register", RECORD, id, null, saved);
            return saved;
        });
    }

    public GasUser update(AnjianPrincipal caller, String id, NewGasUser request) {
        GasUser before = get(caller, id);
        String owner = check(caller, request);
        return db.write(s -> {
            Jdbc.update(s.connection(), "UPDATE gas_user SET kind = ?, name = ?, address = ?, region_code = ?,"
                            + " enterprise_credit_code = ?, supplier_credit_code = ?, leak_alarm = ?, shut_off_device = ?,"
                            + " version = version + 1, updated_at = ? WHERE id = ?", request.kind().name(),
                    request.name().strip(), request.address().strip(), request.regionCode(), owner,
                    request.supplierCreditCode(), request.leakAlarm().name(), request.shutOffDevice().name(),
                    clock.instant(), before.id());
            GasUser saved = find(s.connection(), before.id()).orElseThrow();
            s.outbox(RECORD, saved.id(), saved.version(), "updated", saved.regionCode(), saved);
            s.audit(caller.userId(), "update", RECORD, saved.id(), before, saved);
            return saved;
        });
    }

    public GasUser get(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        String key = Fields.required("id", id, 36);
        GasUser u = db.read(s -> find(s.connection(), key)).orElse(null);
        if (u == null || !enterprises.sees(caller, u.enterpriseCreditCode())) {
            throw new NotFoundException("gas user", key);
        }
        return u;
    }

    /**
     * Filters: the enterprise the users' records go through, the supplier, the kind, device compliance, and {@code q}: a
     * part of the name or the address.
     */
    public Page<GasUser> search(AnjianPrincipal caller, String enterpriseCreditCode, String supplierCreditCode,
                                Kinds.UserKind kind, Boolean devicesCompliant, String q, PageRequest page) {
        Callers.require(caller);
        SqlCondition scope = enterprises.scope(caller).rowsOf("u.enterprise_credit_code");
        StringBuilder where = new StringBuilder(" WHERE (").append(scope.sql()).append(')');
        List<Object> params = new ArrayList<>(scope.params());
        if (enterpriseCreditCode != null) {
            where.append(" AND u.enterprise_credit_code = ?");
            params.add(enterpriseCreditCode);
        }
        if (supplierCreditCode != null) {
            where.append(" AND u.supplier_credit_code = ?");
            params.add(supplierCreditCode);
        }
        String text = Fields.optional("q", q, 50);
        if (text != null) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (u.name LIKE ? ESCAPE '\\' OR u.address LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        if (kind != null) {
            where.append(" AND u.kind = ?");
            params.add(kind.name());
        }
        if (devicesCompliant != null) {
            where.append(devicesCompliant ? " AND NOT (" + NOT_COMPLIANT + ")" : " AND (" + NOT_COMPLIANT + ")");
        }
        return db.read(s -> {
            List<Object> paged = new ArrayList<>(params);
            paged.add(page.limit());
            paged.add(page.offset());
            List<GasUser> rows = Jdbc.list(s.connection(), "SELECT " + COLUMNS + " FROM gas_user u" + where
                    + " ORDER BY u.name, u.id LIMIT ? OFFSET ?", GasUserService::map, paged.toArray());
            return new Page<>(rows, Jdbc.count(s.connection(), "SELECT COUNT(*) FROM gas_user u" + where, params.toArray()));
        });
    }

    /** The SQL of a catering user whose leak alarm or shut-off device is not working. */
    static final String NOT_COMPLIANT = "u.kind = 'CATERING' AND (u.leak_alarm <> 'WORKING' OR u.shut_off_device <> 'WORKING')";

    /** A user, unscoped (for the cylinder and alarm services, which check the caller themselves). */
    Optional<GasUser> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM gas_user u WHERE u.id = ?", GasUserService::map, id);
    }

    /** The enterprise a user's records belong to: the restaurant's, or the supplier's for a household. */
    private String check(AnjianPrincipal caller, NewGasUser request) {
        Callers.requireWriter(caller, "gas records");
        Fields.body(request);
        if (request.kind() == null) {
            throw new ValidationException("kind", "is required, RESIDENTIAL or CATERING");
        }
        Fields.required("name", request.name(), 100);
        Fields.required("address", request.address(), 200);
        RegionCode.requireValid("regionCode", request.regionCode());
        if (request.leakAlarm() == null || request.shutOffDevice() == null) {
            throw new ValidationException(request.leakAlarm() == null ? "leakAlarm" : "shutOffDevice",
                    "is required, one of NONE, WORKING, FAULTY");
        }
        Optional<Enterprise> supplier = enterprises.find(SYSTEM, request.supplierCreditCode());
        if (supplier.isEmpty()) {
            throw new ValidationException("supplierCreditCode", "no enterprise " + request.supplierCreditCode()
                    + " is registered (register the 燃气经营企业 first)");
        }
        if (request.kind() == Kinds.UserKind.CATERING) {
            if (request.enterpriseCreditCode() == null) {
                throw new ValidationException("enterpriseCreditCode", "is required for a catering user (the restaurant)");
            }
            return Callers.visibleEnterprise(enterprises, caller, "enterpriseCreditCode", request.enterpriseCreditCode())
                    .creditCode();
        }
        if (request.enterpriseCreditCode() != null && !request.enterpriseCreditCode().equals(request.supplierCreditCode())) {
            throw new ValidationException("enterpriseCreditCode", "a household has no enterprise of its own: leave it"
                    + " out (its records go through the supplier)");
        }
        return Callers.visibleEnterprise(enterprises, caller, "supplierCreditCode", request.supplierCreditCode())
                .creditCode();
    }

    static GasUser map(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String alarm = rs.getString("leak_alarm");
        String shutOff = rs.getString("shut_off_device");
        boolean compliant = !"CATERING".equals(kind) || ("WORKING".equals(alarm) && "WORKING".equals(shutOff));
        return new GasUser(rs.getString("id"), kind, rs.getString("name"), rs.getString("address"),
                rs.getString("region_code"), rs.getString("enterprise_credit_code"), rs.getString("supplier_credit_code"),
                alarm, shutOff, compliant, rs.getLong("version"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"));
    }
}
