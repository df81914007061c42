package org.anjian.domain.construction.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.SqlSession;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.construction.module.ConstructionModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The certificated people of a project: 三类人员 (A/B/C, valid {@code safetyCertificateYears}) and 特种作业人员
 * (valid {@code specialOperationCertificateYears}). Every change is checked on the site at once ({@link SiteChecks}).
 */
@Component(service = PersonnelService.class, configurationPid = ConstructionConfig.PID)
public class PersonnelService {
    static final String RECORD = "construction-person";

    private final ModuleDatabase db;
    private final ProjectService projects;
    private final SiteChecks checks;
    private final Clock clock;
    private final PersonStore people = new PersonStore();
    private volatile ConstructionConfig config;

    @Activate
    public PersonnelService(@Reference(target = ConstructionModule.DATABASE) ModuleDatabase db,
                            @Reference ProjectService projects, @Reference SiteChecks checks,
                            @Reference CountyClock clock, ConstructionConfig config) {
        this(db, projects, checks, clock.clock(), config);
    }

    /** Outside OSGi (tests, the demo). */
    public static PersonnelService of(ModuleDatabase db, ProjectService projects, SiteChecks checks, Clock clock,
                                      ConstructionConfig config) {
        return new PersonnelService(db, projects, checks, clock, config);
    }

    private PersonnelService(ModuleDatabase db, ProjectService projects, SiteChecks checks, Clock clock,
                             ConstructionConfig config) {
        this.db = db;
        this.projects = projects;
        this.checks = checks;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(ConstructionConfig config) {
        this.config = config;
    }

    public Person add(AnjianPrincipal caller, String projectId, NewPerson request) {
        Callers.requireWriter(caller, "construction records");
        Project project = projects.get(caller, projectId);
        Checked p = check(request);
        String id = Jdbc.newId();
        Person saved = db.write(s -> {
            people.insert(s.connection(), id, project.id(), request, p.operationType, p.issuedOn, p.validUntil,
                    clock.instant());
            Person person = read(s, project, id);
            s.outbox(RECORD, id, 1, "registered", project.regionCode(), person);
            s.audit(caller.userId(), "register", RECORD, id, null, person);
            return person;
        });
        checks.checkProject(project.id());
        return saved;
    }

    /** A renewal or a correction; the old certificate's expiry hazard is closed when the new one is valid. */
    public Person update(AnjianPrincipal caller, String projectId, String personId, NewPerson request) {
        Callers.requireWriter(caller, "construction records");
        Project project = projects.get(caller, projectId);
        String key = Fields.required("personId", personId, 36);
        Checked p = check(request);
        Person[] changed = db.write(s -> {
            Person before = read(s, project, key);
            people.update(s.connection(), key, request, p.operationType, p.issuedOn, p.validUntil, clock.instant());
            Person after = read(s, project, key);
            s.outbox(RECORD, key, people.version(s.connection(), key), "updated", project.regionCode(), after);
            s.audit(caller.userId(), "update", RECORD, key, before, after);
            return new Person[] {before, after};
        });
        checks.renewed(project, changed[0], changed[1]);
        checks.checkProject(project.id());
        return changed[1];
    }

    public Page<Person> list(AnjianPrincipal caller, String projectId, PageRequest page) {
        Project project = projects.get(caller, projectId);
        return db.read(s -> {
            List<Person> out = new ArrayList<>();
            for (PersonStore.Row r : people.ofProject(s.connection(), project.id(), page.limit(), page.offset())) {
                out.add(view(project, r));
            }
            return new Page<>(out, people.countOfProject(s.connection(), project.id()));
        });
    }

    public Person get(AnjianPrincipal caller, String projectId, String personId) {
        Project project = projects.get(caller, projectId);
        String key = Fields.required("personId", personId, 36);
        return db.read(s -> read(s, project, key));
    }

    private Person read(SqlSession s, Project project, String id) throws SQLException {
        return view(project, people.find(s.connection(), project.id(), id)
                .orElseThrow(() -> new NotFoundException("person", id)));
    }

    private Person view(Project project, PersonStore.Row r) {
        return new Person(r.id(), r.projectId(), r.name(), r.role(), r.certificateType(), r.certificateNumber(),
                r.operationType(), r.issuedOn(), r.validUntil(), status(r.validUntil()), project.enterpriseCreditCode());
    }

    String status(LocalDate validUntil) {
        LocalDate today = LocalDate.now(clock);
        if (validUntil.isBefore(today)) {
            return "EXPIRED";
        }
        return validUntil.isAfter(today.plusDays(Math.max(0, config.expiringWithinDays()))) ? "VALID" : "EXPIRING";
    }

    private record Checked(String operationType, LocalDate issuedOn, LocalDate validUntil) { }

    private Checked check(NewPerson request) {
        Fields.body(request);
        Fields.required("name", request.name(), 50);
        Fields.required("certificateNumber", request.certificateNumber(), 50);
        if (request.role() == null) {
            throw new ValidationException("role", "is required, one of PRINCIPAL, PROJECT_MANAGER, SAFETY_OFFICER, SPECIAL_OPERATOR");
        }
        if (request.certificateType() != request.role().certificate()) {
            throw new ValidationException("certificateType", "a " + request.role() + " (" + request.role().nameZh()
                    + ") holds a " + request.role().certificate() + " certificate");
        }
        String operationType = Fields.optional("operationType", request.operationType(), 50);
        if (operationType != null && request.role() != Role.SPECIAL_OPERATOR) {
            throw new ValidationException("operationType", "is for special operators (特种作业人员) only");
        }
        LocalDate issued = Fields.notInFuture("issuedOn", Fields.date("issuedOn", request.issuedOn()), clock);
        LocalDate until = Fields.optionalDate("validUntil", request.validUntil());
        if (until == null) {
            int years = request.certificateType() == Role.CertificateType.SPECIAL_OPERATION
                    ? config.specialOperationCertificateYears() : config.safetyCertificateYears();
            until = issued.plusYears(Math.max(1, years)).minusDays(1);
        } else if (!until.isAfter(issued)) {
            throw new ValidationException("validUntil", "must be after issuedOn " + issued);
        }
        return new Checked(operationType, issued, until);
    }
}
