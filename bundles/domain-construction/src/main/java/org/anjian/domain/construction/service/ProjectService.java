package org.anjian.domain.construction.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.SqlSession;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.construction.module.ConstructionModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 在建项目: registered, changed and listed within the caller's jurisdiction (through the contractor); a project
 * whose status changes is checked for its key personnel at once ({@link SiteChecks}).
 */
@Component(service = ProjectService.class)
public class ProjectService {
    static final String RECORD = "construction-project";
    private static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("construction");

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final SiteChecks checks;
    private final Clock clock;
    private final ProjectStore projects = new ProjectStore();

    @Activate
    public ProjectService(@Reference(target = ConstructionModule.DATABASE) ModuleDatabase db,
                          @Reference EnterpriseService enterprises, @Reference SiteChecks checks,
                          @Reference CountyClock clock) {
        this(db, enterprises, checks, clock.clock());
    }

    /** Outside OSGi (tests, the demo): DS sees only the {@code @Activate} constructor (Felix SCR picks a public
     * constructor by its number of arguments). */
    public static ProjectService of(ModuleDatabase db, EnterpriseService enterprises, SiteChecks checks, Clock clock) {
        return new ProjectService(db, enterprises, checks, clock);
    }

    private ProjectService(ModuleDatabase db, EnterpriseService enterprises, SiteChecks checks, Clock clock) {
        this.db = db;
        this.enterprises = enterprises;
        this.checks = checks;
        this.clock = clock;
    }

    public Project create(AnjianPrincipal caller, NewProject request) {
        Checked p = check(caller, request);
        String id = Jdbc.newId();
        Project created = db.write(s -> {
            if (projects.codeTaken(s.connection(), request.projectCode(), null)) {
                throw new ConflictException("PROJECT_CODE_TAKEN", "projectCode", "project code "
                        + request.projectCode().strip() + " is already registered");
            }
            projects.insert(s.connection(), id, request, p.status, p.start, p.end, clock.instant());
            Project saved = read(s, id);
            s.outbox(RECORD, id, 1, "registered", saved.regionCode(), saved);
            s.audit(caller.userId(), "register", RECORD, id, null, saved);
            return saved;
        });
        checks.checkProject(id);
        return created;
    }

    public Project update(AnjianPrincipal caller, String id, NewProject request) {
        Project before = get(caller, id);
        Checked p = check(caller, request);
        Project after = db.write(s -> {
            if (projects.codeTaken(s.connection(), request.projectCode(), id)) {
                throw new ConflictException("PROJECT_CODE_TAKEN", "projectCode", "project code "
                        + request.projectCode().strip() + " is already registered");
            }
            projects.update(s.connection(), id, request, p.status, p.start, p.end, clock.instant());
            Project saved = read(s, id);
            s.outbox(RECORD, id, saved.version(), "updated", saved.regionCode(), saved);
            s.audit(caller.userId(), "update", RECORD, id, before, saved);
            return saved;
        });
        checks.checkProject(id);
        return after;
    }

    /** The project if the caller may see it (its contractor is in the caller's jurisdiction), else 404. */
    public Project get(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        String key = Fields.required("id", id, 36);
        Project p = db.read(s -> projects.find(s.connection(), key, today())).orElse(null);
        if (p == null || !enterprises.sees(caller, p.contractorCreditCode())) {
            throw new NotFoundException("project", key);
        }
        return p;
    }

    public Page<Project> search(AnjianPrincipal caller, String contractor, ProjectStatus status, PageRequest page) {
        Callers.require(caller);
        var scope = enterprises.scope(caller).rowsOf("p.contractor_credit_code");
        return db.read(s -> {
            List<Project> rows = projects.search(s.connection(), scope, contractor, status, today(), page.limit(),
                    page.offset());
            return new Page<>(rows, projects.count(s.connection(), scope, contractor, status));
        });
    }

    /** {projects in progress, 危大工程 under way, beyond-scale ones under way, projects without key personnel}. */
    public long[] riskCounts(String contractorCreditCode) {
        return db.read(s -> projects.riskCounts(s.connection(), contractorCreditCode, today()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Project read(SqlSession s, String id) throws SQLException {
        return projects.find(s.connection(), id, today()).orElseThrow();
    }

    private record Checked(ProjectStatus status, LocalDate start, LocalDate end) { }

    private Checked check(AnjianPrincipal caller, NewProject request) {
        Callers.requireWriter(caller, "construction records");
        Fields.body(request);
        Fields.required("projectCode", request.projectCode(), 50);
        Fields.required("name", request.name(), 200);
        Fields.optional("address", request.address(), 200);
        Callers.visibleEnterprise(enterprises, caller, "contractorCreditCode", request.contractorCreditCode());
        RegionCode.requireValid("regionCode", request.regionCode());
        if (enterprises.find(SYSTEM, request.builderCreditCode()).isEmpty()) {
            // the builder (建设单位) may be outside the caller's jurisdiction (a city investor) but must be registered
            throw new ValidationException("builderCreditCode", "no enterprise " + request.builderCreditCode()
                    + " is registered (register the 建设单位 first)");
        }
        LocalDate start = Fields.optionalDate("startDate", request.startDate());
        LocalDate end = Fields.optionalDate("plannedCompletionDate", request.plannedCompletionDate());
        if (start != null && end != null && end.isBefore(start)) {
            throw new ValidationException("plannedCompletionDate", "must not be before startDate " + start);
        }
        ProjectStatus status = request.status() == null ? ProjectStatus.PLANNED : request.status();
        if (status == ProjectStatus.IN_PROGRESS && start != null && start.isAfter(today())) {
            throw new ValidationException("startDate", "a project in progress cannot start in the future (" + start + ")");
        }
        return new Checked(status, start, end);
    }
}
