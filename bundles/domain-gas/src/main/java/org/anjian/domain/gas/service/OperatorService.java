package org.anjian.domain.gas.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.gas.module.GasModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** 燃气经营企业: their licences and stations, scoped through the operator's enterprise. */
@Component(service = OperatorService.class, configurationPid = GasConfig.PID)
public class OperatorService {
    static final String RECORD = "gas-operator";

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final Clock clock;
    private volatile int dueSoonDays;

    @Activate
    public OperatorService(@Reference(target = GasModule.DATABASE) ModuleDatabase db,
                           @Reference EnterpriseService enterprises, @Reference CountyClock clock, GasConfig config) {
        this(db, enterprises, clock.clock(), config.dueSoonDays());
    }

    /** Outside OSGi (tests, the demo). */
    public static OperatorService of(ModuleDatabase db, EnterpriseService enterprises, Clock clock, int dueSoonDays) {
        return new OperatorService(db, enterprises, clock, dueSoonDays);
    }

    private OperatorService(ModuleDatabase db, EnterpriseService enterprises, Clock clock, int dueSoonDays) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    @Modified
    void modified(GasConfig config) {
        this.dueSoonDays = config.dueSoonDays();
    }

    public Operator create(AnjianPrincipal caller, NewOperator request) {
        Callers.requireWriter(caller, "gas records");
        Fields.body(request);
        Enterprise owner = Callers.visibleEnterprise(enterprises, caller, "enterpriseCreditCode",
                request.enterpriseCreditCode());
        String licence = Fields.required("licenceNumber", request.licenceNumber(), 50);
        if (request.scope() == null) {
            throw new ValidationException("scope", "is required, one of PIPELINE, BOTTLED_LPG, VEHICLE_GAS");
        }
        LocalDate from = Fields.date("validFrom", request.validFrom());
        LocalDate to = Fields.date("validTo", request.validTo());
        if (!to.isAfter(from)) {
            throw new ValidationException("validTo", "must be after validFrom " + from);
        }
        List<NewOperator.NewStation> stations = request.stations() == null ? List.of() : request.stations();
        for (int i = 0; i < stations.size(); i++) {
            NewOperator.NewStation s = stations.get(i);
            String field = "stations[" + i + "]";
            if (s == null) {
                throw new ValidationException(field, "must not be null");
            }
            Fields.required(field + ".name", s.name(), 100);
            Fields.optional(field + ".address", s.address(), 200);
            if (s.kind() == null) {
                throw new ValidationException(field + ".kind", "is required");
            }
            RegionCode.requireValid(field + ".regionCode", s.regionCode());
        }
        String id = Jdbc.newId();
        return db.write(s -> {
            Connection c = s.connection();
            if (Jdbc.count(c, "SELECT COUNT(*) FROM gas_operator WHERE licence_number = ?", licence) > 0) {
                throw new ConflictException("LICENCE_REGISTERED", "licenceNumber", "licence " + licence
                        + " is already registered");
            }
            Jdbc.update(c, "INSERT INTO gas_operator (id, enterprise_credit_code, licence_number, scope, valid_from,"
                    + " valid_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, owner.creditCode(), licence, request.scope().name(),
                    from, to, clock.instant());
            for (NewOperator.NewStation st : stations) {
                Jdbc.update(c, "INSERT INTO gas_station (id, operator_id, name, kind, address, region_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", Jdbc.newId(), id, st.name().strip(), st.kind().name(),
                        Fields.blankToNull(st.address()), st.regionCode());
            }
            Operator saved = find(c, id).orElseThrow();
            s.outbox(RECORD, id, 1, "registered", owner.regionCode(), saved);
            s.audit(caller.userId(), "register", RECORD, id, null, saved);
            return saved;
        });
    }

    public Operator get(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        String key = Fields.required("id", id, 36);
        Operator o = db.read(s -> find(s.connection(), key)).orElse(null);
        if (o == null || !enterprises.sees(caller, o.enterpriseCreditCode())) {
            throw new NotFoundException("operator", key);
        }
        return o;
    }

    public Page<Operator> search(AnjianPrincipal caller, String enterpriseCreditCode, Kinds.LicenceStatus status,
                                 PageRequest page) {
        Callers.require(caller);
        SqlCondition scope = enterprises.scope(caller).rowsOf("o.enterprise_credit_code");
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE (").append(scope.sql()).append(')');
        List<Object> params = new ArrayList<>(scope.params());
        if (enterpriseCreditCode != null) {
            where.append(" AND o.enterprise_credit_code = ?");
            params.add(enterpriseCreditCode);
        }
        if (status == Kinds.LicenceStatus.EXPIRED) {
            where.append(" AND o.valid_to < ?");
            params.add(today);
        } else if (status == Kinds.LicenceStatus.EXPIRING) {
            where.append(" AND o.valid_to >= ? AND o.valid_to <= ?");
            params.add(today);
            params.add(today.plusDays(dueSoonDays));
        } else if (status == Kinds.LicenceStatus.VALID) {
            where.append(" AND o.valid_to > ?");
            params.add(today.plusDays(dueSoonDays));
        }
        return db.read(s -> {
            Connection c = s.connection();
            List<Object> paged = new ArrayList<>(params);
            paged.add(page.limit());
            paged.add(page.offset());
            List<String> ids = Jdbc.list(c, "SELECT o.id FROM gas_operator o" + where
                    + " ORDER BY o.licence_number, o.id LIMIT ? OFFSET ?", rs -> rs.getString(1), paged.toArray());
            List<Operator> out = new ArrayList<>();
            for (String id : ids) {
                out.add(find(c, id).orElseThrow());
            }
            return new Page<>(out, Jdbc.count(c, "SELECT COUNT(*) FROM gas_operator o" + where, params.toArray()));
        });
    }

    /** A station with its operator's enterprise, unscoped (the cylinder service checks whose it is). */
    Optional<String[]> station(Connection c, String stationId) throws SQLException {
        return Jdbc.one(c, "SELECT s.name, o.enterprise_credit_code FROM gas_station s JOIN gas_operator o"
                + " ON o.id = s.operator_id WHERE s.id = ?", rs -> new String[] {rs.getString(1), rs.getString(2)}, stationId);
    }

    /** Whether the enterprise holds a bottled-LPG licence (it may own and fill cylinders). */
    boolean bottledLpgOperator(Connection c, String creditCode) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM gas_operator WHERE enterprise_credit_code = ? AND scope = 'BOTTLED_LPG'",
                creditCode) > 0;
    }

    private Optional<Operator> find(Connection c, String id) throws SQLException {
        Optional<Row> row = Jdbc.one(c, "SELECT * FROM gas_operator WHERE id = ?", OperatorService::row, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Operator.Station> stations = Jdbc.list(c, "SELECT * FROM gas_station WHERE operator_id = ? ORDER BY name, id",
                rs -> new Operator.Station(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("address"), rs.getString("region_code")), id);
        Row r = row.get();
        return Optional.of(new Operator(r.id, r.enterprise, r.licence, r.scope, r.from, r.to, status(r.to), stations,
                r.created));
    }

    private record Row(String id, String enterprise, String licence, String scope, LocalDate from, LocalDate to,
                       java.time.Instant created) { }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("enterprise_credit_code"), rs.getString("licence_number"),
                rs.getString("scope"), Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"),
                Jdbc.instant(rs, "created_at"));
    }

    String status(LocalDate validTo) {
        LocalDate today = LocalDate.now(clock);
        if (validTo.isBefore(today)) {
            return Kinds.LicenceStatus.EXPIRED.name();
        }
        return validTo.isAfter(today.plusDays(dueSoonDays)) ? Kinds.LicenceStatus.VALID.name()
                : Kinds.LicenceStatus.EXPIRING.name();
    }
}
