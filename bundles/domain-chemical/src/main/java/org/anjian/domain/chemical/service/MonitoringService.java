package org.anjian.domain.chemical.service;

import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.api.system.CountyClock;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Activate;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.SqlSession;
import org.anjian.domain.chemical.store.Alarm;
import org.anjian.domain.chemical.store.AlarmRepository;
import org.anjian.domain.chemical.store.HazardSourceRepository;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.domain.chemical.store.MonitoringPoint;
import org.anjian.domain.chemical.store.PointRepository;
import org.anjian.domain.chemical.store.ReadingRepository;

/**
 * 监测预警: monitoring points with limits, readings, and alarms. A reading above the high limit or below the
 * low limit raises an alarm unless the point already has an open one (RAISED or ESCALATED): one open alarm per
 * point, until it is handled.
 */
@Component(service = MonitoringService.class)
public final class MonitoringService {
    public static final int MAX_READINGS = 1000;

    /** TEMPERATURE, PRESSURE, LEVEL (液位) or GAS_CONCENTRATION (可燃/有毒气体浓度). */
    public enum Kind { TEMPERATURE, PRESSURE, LEVEL, GAS_CONCENTRATION }

    /** Body of {@code POST /monitoring-points}. */
    public record NewPoint(@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode, @Size(max = 36) String sourceId,
                           @NotBlank @Size(min = 1, max = 64) String tag, @NotBlank @Size(min = 1, max = 200) String name,
                           @NotNull Kind kind, @NotBlank @Size(min = 1, max = 16) String unit, Double lowLimit,
                           Double highLimit) {
    }

    /** Body of {@code POST /monitoring/readings}. */
    public record ReadingBatch(@NotNull @Size(min = 1, max = MAX_READINGS) @Valid List<@NotNull ReadingInput> readings) {
    }

    /** A reading of a point given by id, or by enterprise and tag; {@code at} an ISO instant with offset. */
    public record ReadingInput(@Size(max = 36) String pointId, @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                               @Size(max = 64) String tag, @NotNull Instant at, @NotNull Double value) {
    }

    /** What a batch did. */
    public record IngestResult(int stored, List<Alarm> alarmsRaised) {
        public IngestResult {
            alarmsRaised = List.copyOf(alarmsRaised);
        }
    }

    /** Body of {@code POST /alarms/{id}/handle}. */
    public record Handling(@Size(max = 1000) @org.anjian.api.validation.MultilineText String note) {
    }

    private record Checked(MonitoringPoint point, Instant at, double value, int index) {
    }

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final Clock clock;
    private final PointRepository points = new PointRepository();
    private final ReadingRepository readings = new ReadingRepository();
    private final AlarmRepository alarms = new AlarmRepository();
    private final HazardSourceRepository sources = new HazardSourceRepository();

    @Activate
    public MonitoringService(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase db, @Reference EnterpriseService enterprises,
                  @Reference CountyClock clock) {
        this(db, enterprises, clock.clock());
    }

    /** Outside OSGi (tests, loaders): DS sees only the {@code @Activate} constructor, since Felix SCR picks a
     * public constructor by its number of arguments and would try this one too. */
    public static MonitoringService of(ModuleDatabase db, EnterpriseService enterprises, Clock clock) {
        return new MonitoringService(db, enterprises, clock);
    }

    private MonitoringService(ModuleDatabase db, EnterpriseService enterprises, Clock clock) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public MonitoringPoint createPoint(AnjianPrincipal caller, NewPoint request) {
        Callers.requireWriter(caller, "chemical records");
        Fields.body(request);
        Enterprise enterprise = Callers.visibleEnterprise(enterprises, caller, "enterpriseCreditCode",
                request.enterpriseCreditCode());
        String tag = Fields.required("tag", request.tag(), 64);
        String name = Fields.required("name", request.name(), 200);
        Kind kind = request.kind();
        if (kind == null) {
            throw new ValidationException("kind", "is required (TEMPERATURE, PRESSURE, LEVEL or GAS_CONCENTRATION)");
        }
        String unit = Fields.required("unit", request.unit(), 16);
        Double low = Fields.optionalFinite("lowLimit", request.lowLimit());
        Double high = Fields.optionalFinite("highLimit", request.highLimit());
        if (low == null && high == null) {
            throw new ValidationException("highLimit", "a high or a low limit is required");
        }
        if (low != null && high != null && low >= high) {
            throw new ValidationException("lowLimit", "must be below highLimit (" + high + ")");
        }
        String sourceId = Fields.optional("sourceId", request.sourceId(), 36);
        MonitoringPoint point = new MonitoringPoint(Jdbc.newId(), enterprise.creditCode(), enterprise.regionCode(),
                sourceId, tag, name, kind.name(), unit, low, high);
        return db.write(s -> {
            if (sourceId != null && !sources.existsFor(s.connection(), sourceId, enterprise.creditCode())) {
                throw new ValidationException("sourceId", "unknown major hazard source of this enterprise");
            }
            if (points.findByTag(s.connection(), enterprise.creditCode(), tag).isPresent()) {
                throw new ConflictException("duplicate", "tag", "the enterprise already has a point tagged " + tag);
            }
            points.insert(s.connection(), point);
            s.outbox(Records.MONITORING_POINT, point.id(), 1, "created", point.regionCode(), point);
            s.audit(caller.userId(), "create", Records.MONITORING_POINT, point.id(), null, point);
            return point;
        });
    }

    public Page<MonitoringPoint> searchPoints(AnjianPrincipal caller, String enterpriseCreditCode, PageRequest page) {
        String enterprise = Fields.optional("enterpriseCreditCode", enterpriseCreditCode, 18);
        Page<MonitoringPoint> rows = db.read(s -> points.search(s.connection(), enterprises.scope(caller), enterprise,
                page));
        return rows;
    }

    /** Validates the whole batch first (nothing is stored when any reading is bad), then stores it in one transaction. */
    public IngestResult ingest(AnjianPrincipal caller, ReadingBatch batch) {
        Callers.requireWriter(caller, "chemical records");
        Fields.body(batch);
        List<ReadingInput> input = batch.readings();
        if (input == null || input.isEmpty()) {
            throw new ValidationException("readings", "at least one reading is required");
        }
        if (input.size() > MAX_READINGS) {
            throw new ValidationException("readings", "at most " + MAX_READINGS + " readings per call");
        }
        return db.write(s -> {
            List<Checked> checked = check(s, caller, input);
            // Lock the points in a stable order, then decide alarms in time order per point.
            Map<String, List<Checked>> byPoint = new TreeMap<>();
            for (Checked c : checked) {
                byPoint.computeIfAbsent(c.point().id(), k -> new ArrayList<>()).add(c);
            }
            List<Alarm> raised = new ArrayList<>();
            for (Map.Entry<String, List<Checked>> e : byPoint.entrySet()) {
                points.lock(s.connection(), e.getKey());
                boolean open = alarms.hasOpen(s.connection(), e.getKey());
                List<Checked> list = e.getValue();
                list.sort(Comparator.comparing(Checked::at).thenComparingInt(Checked::index));
                for (Checked c : list) {
                    readings.insert(s.connection(), Jdbc.newId(), c.point().id(), c.at(), c.value());
                    Optional<Alarm> alarm = open ? Optional.empty() : breach(c);
                    if (alarm.isPresent()) {
                        alarms.insert(s.connection(), alarm.get());
                        s.outbox(Records.ALARM, alarm.get().id(), alarm.get().version(), "raised",
                                alarm.get().regionCode(), alarm.get());
                        s.audit(caller.userId(), "raise", Records.ALARM, alarm.get().id(), null, alarm.get());
                        raised.add(alarm.get());
                        open = true;
                    }
                }
            }
            s.audit(caller.userId(), "ingest", Records.READINGS, "batch-" + Jdbc.newId(), null,
                    Map.of("readings", checked.size(), "alarms", raised.size()));
            return new IngestResult(checked.size(), raised);
        });
    }

    public Page<Alarm> searchAlarms(AnjianPrincipal caller, String status, String enterpriseCreditCode,
                                    PageRequest page) {
        String st = status == null || status.isBlank() ? null : status.strip();
        if (st != null && !List.of(Alarm.RAISED, Alarm.HANDLED, Alarm.ESCALATED).contains(st)) {
            throw new ValidationException("status", "one of RAISED, HANDLED, ESCALATED");
        }
        String enterprise = Fields.optional("enterpriseCreditCode", enterpriseCreditCode, 18);
        return db.read(s -> alarms.search(s.connection(), enterprises.scope(caller), st, enterprise, page));
    }

    public Alarm handle(AnjianPrincipal caller, String id, Handling request) {
        Callers.requireWriter(caller, "chemical records");
        String note = request == null ? null : Fields.optional("note", request.note(), 1000);
        return db.write(s -> {
            Alarm before = alarms.find(s.connection(), id).filter(a -> enterprises.sees(caller, a.enterpriseCreditCode()))
                    .orElseThrow(() -> new NotFoundException("monitoringAlarm", id));
            if (!alarms.handle(s.connection(), id, clock.instant(), caller.userId(), note)) {
                throw new ConflictException("alreadyHandled", "status", "alarm " + id + " is " + before.status());
            }
            Alarm after = alarms.find(s.connection(), id).orElseThrow();
            s.outbox(Records.ALARM, id, after.version(), "handled", after.regionCode(), after);
            s.audit(caller.userId(), "handle", Records.ALARM, id, before, after);
            return after;
        });
    }

    private List<Checked> check(SqlSession s, AnjianPrincipal caller, List<ReadingInput> input) throws SQLException {
        List<Checked> out = new ArrayList<>();
        Instant latest = clock.instant().plusSeconds(300);
        // the platform's rule, asked once per enterprise of the batch
        Map<String, Boolean> seen = new java.util.HashMap<>();
        java.util.function.Predicate<MonitoringPoint> visible = p -> seen.computeIfAbsent(p.enterpriseCreditCode(),
                code -> enterprises.sees(caller, code));
        for (int i = 0; i < input.size(); i++) {
            String field = "readings[" + i + "]";
            ReadingInput r = input.get(i);
            if (r == null) {
                throw new ValidationException(field, "is required");
            }
            MonitoringPoint point;
            if (r.pointId() != null && !r.pointId().isBlank()) {
                point = points.find(s.connection(), r.pointId().strip()).filter(visible)
                        .orElseThrow(() -> new ValidationException(field + ".pointId", "unknown monitoring point"));
            } else {
                String enterprise = Fields.required(field + ".enterpriseCreditCode", r.enterpriseCreditCode(), 18);
                String tag = Fields.required(field + ".tag", r.tag(), 64);
                point = points.findByTag(s.connection(), enterprise, tag).filter(visible)
                        .orElseThrow(() -> new ValidationException(field + ".tag", "unknown monitoring point"));
            }
            Instant at = r.at();
            if (at == null) {
                throw new ValidationException(field + ".at", "is required (an ISO date-time with offset)");
            }
            if (at.isAfter(latest)) {
                throw new ValidationException(field + ".at", "lies in the future");
            }
            double value = Fields.finite(field + ".value", r.value());
            out.add(new Checked(point, at, value, i));
        }
        return out;
    }

    private static Optional<Alarm> breach(Checked c) {
        MonitoringPoint p = c.point();
        String direction = null;
        Double limit = null;
        if (p.highLimit() != null && c.value() > p.highLimit()) {
            direction = Alarm.HIGH;
            limit = p.highLimit();
        } else if (p.lowLimit() != null && c.value() < p.lowLimit()) {
            direction = Alarm.LOW;
            limit = p.lowLimit();
        }
        if (direction == null) {
            return Optional.empty();
        }
        return Optional.of(new Alarm(Jdbc.newId(), p.id(), p.tag(), p.name(), p.unit(), p.enterpriseCreditCode(),
                p.regionCode(), c.at(), c.value(), limit, direction, Alarm.RAISED, null, null, null, null, 1));
    }
}
