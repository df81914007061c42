package org.anjian.domain.construction.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anjian.api.common.ConflictException;
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
import org.anjian.domain.construction.module.ConstructionExchangeRecords;
import org.anjian.domain.construction.module.ConstructionModule;
import org.anjian.domain.construction.rules.Assessment;
import org.anjian.domain.construction.rules.DangerousWorkAssessor;
import org.anjian.domain.construction.rules.Level;
import org.anjian.domain.construction.rules.WorkCategory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The 危大工程 of a project: registered with their assessment, and moved through their lifecycle only in order and
 * only with what their level requires (a 409 names what is missing: EXPERT_REVIEW, APPROVAL, KEY_PERSONNEL, START).
 */
@Component(service = DangerousWorkService.class)
public class DangerousWorkService {
    static final String RECORD = ConstructionExchangeRecords.DANGEROUS_WORK;

    private final ModuleDatabase db;
    private final ProjectService projects;
    private final DangerousWorkRules rules;
    private final Clock clock;
    private final DangerousWorkStore works = new DangerousWorkStore();

    @Activate
    public DangerousWorkService(@Reference(target = ConstructionModule.DATABASE) ModuleDatabase db,
                                @Reference ProjectService projects, @Reference DangerousWorkRules rules,
                                @Reference CountyClock clock) {
        this(db, projects, rules, clock.clock());
    }

    /** Outside OSGi (tests, the demo). */
    public static DangerousWorkService of(ModuleDatabase db, ProjectService projects, DangerousWorkRules rules, Clock clock) {
        return new DangerousWorkService(db, projects, rules, clock);
    }

    private DangerousWorkService(ModuleDatabase db, ProjectService projects, DangerousWorkRules rules, Clock clock) {
        this.db = db;
        this.projects = projects;
        this.rules = rules;
        this.clock = clock;
    }

    public DangerousWork add(AnjianPrincipal caller, String projectId, NewDangerousWork request) {
        Callers.requireWriter(caller, "construction records");
        Project project = projects.get(caller, projectId);
        Fields.body(request);
        String name = Fields.required("name", request.name(), 200);
        Assessment a = rules.assess(request.category(), request.parameters());
        if (a.level() == Level.NONE) {
            throw new ValidationException("parameters", "below every criterion of 建办质〔2018〕31号 附件1 for "
                    + a.categoryName() + ": not a 危大工程, no special plan is required");
        }
        String id = Jdbc.newId();
        return db.write(s -> {
            works.insert(s.connection(), id, project.id(), name, WorkCategory.valueOf(a.category()), a.parameters(),
                    a.level().name(), clock.instant());
            DangerousWork saved = read(s, project, id);
            s.outbox(RECORD, id, 1, "registered", project.regionCode(), saved);
            s.audit(caller.userId(), "register", RECORD, id, null, saved);
            return saved;
        });
    }

    public Page<DangerousWork> list(AnjianPrincipal caller, String projectId, PageRequest page) {
        Project project = projects.get(caller, projectId);
        return db.read(s -> {
            List<DangerousWork> out = new ArrayList<>();
            for (DangerousWorkStore.Row r : works.ofProject(s.connection(), project.id(), page.limit(), page.offset())) {
                out.add(explain(s, project, r));
            }
            return new Page<>(out, works.countOfProject(s.connection(), project.id()));
        });
    }

    public DangerousWork get(AnjianPrincipal caller, String projectId, String workId) {
        Project project = projects.get(caller, projectId);
        String key = Fields.required("workId", workId, 36);
        return db.read(s -> read(s, project, key));
    }

    public DangerousWork stage(AnjianPrincipal caller, String projectId, String workId, StageRequest request) {
        Callers.requireWriter(caller, "construction records");
        Project project = projects.get(caller, projectId);
        Fields.body(request);
        String key = Fields.required("workId", workId, 36);
        if (request.stage() == null) {
            throw new ValidationException("stage", "is required, one of EXPERT_REVIEWED, APPROVED, IN_PROGRESS, ACCEPTED");
        }
        LocalDate on = Fields.notInFuture("on", Fields.date("on", request.on()), clock);
        String by = Fields.required("by", request.by(), 50);
        String note = Fields.optional("note", request.note(), 500);
        return db.write(s -> {
            DangerousWork before = read(s, project, key);
            Stage target = request.stage();
            requireReachable(project, before, target);
            LocalDate last = before.stages().isEmpty() ? null : before.stages().get(before.stages().size() - 1).on();
            if (last != null && on.isBefore(last)) {
                throw new ValidationException("on", "must not be before the previous stage (" + last + ")");
            }
            works.stage(s.connection(), key, target, on, by, note, clock.instant(), caller.userId());
            DangerousWork after = read(s, project, key);
            s.outbox(RECORD, key, after.stages().size() + 1L, "stage-" + target.name().toLowerCase(Locale.ROOT),
                    project.regionCode(), after);
            s.audit(caller.userId(), "stage", RECORD, key, before, after);
            return after;
        });
    }

    /** The lifecycle's rule: each stage only from the one before it and only with what the work's level requires. */
    static void requireReachable(Project project, DangerousWork work, Stage target) {
        Stage current = Stage.valueOf(work.stage());
        boolean beyond = Level.BEYOND_SCALE.name().equals(work.level());
        if (target == Stage.PLAN_DRAFTED) {
            throw new ValidationException("stage", "PLAN_DRAFTED is where a work starts; one of EXPERT_REVIEWED,"
                    + " APPROVED, IN_PROGRESS, ACCEPTED");
        }
        if (target == Stage.EXPERT_REVIEWED && !beyond) {
            throw new ValidationException("stage", "EXPERT_REVIEWED is for works beyond a certain scale; this one is "
                    + work.levelName() + " and goes from the plan to APPROVED");
        }
        if (target.compareTo(current) <= 0) {
            throw new ConflictException("STAGE_REACHED", "stage", "the work is already at " + current + " ("
                    + current.nameZh() + ")");
        }
        switch (target) {
            case APPROVED -> {
                if (beyond && current != Stage.EXPERT_REVIEWED) {
                    throw missing("EXPERT_REVIEW", "专家论证 missing: a work beyond a certain scale is reviewed by experts"
                            + " before its plan is approved (住建部令第37号 第十二条)");
                }
            }
            case IN_PROGRESS -> {
                if (current != Stage.APPROVED) {
                    throw missing(beyond && current == Stage.PLAN_DRAFTED ? "EXPERT_REVIEW" : "APPROVAL",
                            (beyond && current == Stage.PLAN_DRAFTED ? "专家论证 and 方案审批" : "方案审批")
                                    + " missing: the work starts only once its special plan is approved"
                                    + " (住建部令第37号 第十一条、第十二条)");
                }
                if (!ProjectStatus.IN_PROGRESS.name().equals(project.status())) {
                    throw missing("PROJECT_IN_PROGRESS", "the project is " + project.status()
                            + ": a work starts only on a project in progress");
                }
                if (!project.keyPersonnel().complete()) {
                    throw missing("KEY_PERSONNEL", "key personnel missing: the project has no valid "
                            + (project.keyPersonnel().projectManager() ? "" : "B certificate holder as 项目负责人"
                            + (project.keyPersonnel().safetyOfficer() ? "" : " and no valid "))
                            + (project.keyPersonnel().safetyOfficer() ? "" : "C certificate holder as 专职安全生产管理人员")
                            + " (住建部令第37号 第十七条: on-site supervision of the work)");
                }
            }
            case ACCEPTED -> {
                if (current != Stage.IN_PROGRESS) {
                    throw missing("START", "the work has not started (it is at " + current + "): it is accepted"
                            + " after it is carried out (住建部令第37号 第二十一条)");
                }
            }
            case EXPERT_REVIEWED, PLAN_DRAFTED -> { }
        }
    }

    private static ConflictException missing(String what, String message) {
        return new ConflictException("MISSING_" + what, "stage", message);
    }

    private DangerousWork read(SqlSession s, Project project, String id) throws SQLException {
        DangerousWorkStore.Row r = works.find(s.connection(), project.id(), id)
                .orElseThrow(() -> new NotFoundException("dangerous work", id));
        return explain(s, project, r);
    }

    private DangerousWork explain(SqlSession s, Project project, DangerousWorkStore.Row r) throws SQLException {
        Level level = Level.valueOf(r.level());
        Assessment now = rules.assess(r.category().name(), r.parameters());
        return new DangerousWork(r.id(), r.projectId(), project.projectCode(), project.name(), project.regionCode(),
                r.name(), r.category().name(), r.category().nameZh(),
                r.parameters(), level.name(), level.nameZh(), DangerousWorkAssessor.requirements(level), now.basis(),
                r.stage(), works.stages(s.connection(), r.id()), project.enterpriseCreditCode(), r.createdAt());
    }
}
