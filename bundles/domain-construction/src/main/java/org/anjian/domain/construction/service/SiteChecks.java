package org.anjian.domain.construction.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.system.CountyClock;
import org.anjian.domain.construction.module.ConstructionHazardCategories;
import org.anjian.domain.construction.module.ConstructionModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a project in progress must have on site, as hazards on the platform's closed loop: a valid 项目负责人 (B) and
 * a valid 专职安全生产管理人员 (C) (住建部令第37号 第十七条; 住建部令第17号), and no one working on an expired certificate.
 * Each hazard is registered once (idempotent on its source id) and closed (销号) when the fact is fixed. The checks of
 * one node run one at a time (a write and the job checking the same project must not both open an episode).
 */
@Component(service = SiteChecks.class)
public class SiteChecks {
    static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("construction");
    /** Days the contractor has to put the missing people on site. */
    static final int KEY_PERSONNEL_DAYS = 7;
    /** Days to renew an expired certificate (or take the person off the site). */
    static final int RENEWAL_DAYS = 15;

    private final ModuleDatabase db;
    private final HazardService hazards;
    private final Clock clock;
    private final ProjectStore projects = new ProjectStore();
    private final PersonStore people = new PersonStore();

    @Activate
    public SiteChecks(@Reference(target = ConstructionModule.DATABASE) ModuleDatabase db,
                      @Reference HazardService hazards, @Reference CountyClock clock) {
        this(db, hazards, clock.clock());
    }

    /** Outside OSGi (tests, the demo). */
    public static SiteChecks of(ModuleDatabase db, HazardService hazards, Clock clock) {
        return new SiteChecks(db, hazards, clock);
    }

    private SiteChecks(ModuleDatabase db, HazardService hazards, Clock clock) {
        this.db = db;
        this.hazards = hazards;
        this.clock = clock;
    }

    /** Every project in progress; returns how many hazards were registered. */
    public synchronized int checkAll() {
        LocalDate today = LocalDate.now(clock);
        List<Project> active = db.read(s -> projects.inStatus(s.connection(), ProjectStatus.IN_PROGRESS, today));
        int registered = 0;
        for (Project p : active) {
            registered += check(p, today);
        }
        return registered;
    }

    /** One project, after a change to it or its people; returns how many hazards were registered. */
    public synchronized int checkProject(String projectId) {
        LocalDate today = LocalDate.now(clock);
        return db.read(s -> projects.find(s.connection(), projectId, today)).map(p -> check(p, today)).orElse(0);
    }

    /** A renewed certificate closes the hazard of its earlier expiry. */
    synchronized void renewed(Project project, Person before, Person after) {
        if (!before.validUntil().equals(after.validUntil()) && !"EXPIRED".equals(after.status())) {
            hazards.resolve(SYSTEM, ConstructionModule.ID, expirySource(before.id(), before.validUntil()),
                    "证书已换发：" + after.certificateNumber() + "，有效期至 " + after.validUntil());
        }
    }

    private int check(Project p, LocalDate today) {
        boolean inProgress = ProjectStatus.IN_PROGRESS.name().equals(p.status());
        int registered = 0;
        String open = db.read(s -> Jdbc.one(s.connection(), "SELECT source_id FROM construction_site_hazard"
                + " WHERE project_id = ? AND closed_on IS NULL", rs -> rs.getString(1), p.id())).orElse(null);
        if (inProgress && !p.keyPersonnel().complete()) {
            if (open == null) {
                String source = "project-" + p.id() + "-key-personnel-" + today;
                String missing = (p.keyPersonnel().projectManager() ? "" : "持有效B证的项目负责人")
                        + (p.keyPersonnel().projectManager() || p.keyPersonnel().safetyOfficer() ? "" : "和")
                        + (p.keyPersonnel().safetyOfficer() ? "" : "持有效C证的专职安全生产管理人员");
                hazards.register(SYSTEM, NewHazard.of(p.contractorCreditCode(), HazardSource.ENFORCEMENT,
                                HazardGrade.GENERAL, ConstructionHazardCategories.KEY_PERSONNEL_MISSING,
                                "在建项目「" + p.name() + "」（" + p.projectCode() + "）未配备" + missing,
                                today.plusDays(KEY_PERSONNEL_DAYS))
                        .region(p.regionCode()).from(ConstructionModule.ID, source).build());
                db.write(s -> Jdbc.update(s.connection(), "INSERT INTO construction_site_hazard (source_id, project_id,"
                        + " opened_on) VALUES (?, ?, ?)", source, p.id(), today));
                registered++;
            }
        } else if (open != null) {
            hazards.resolve(SYSTEM, ConstructionModule.ID, open, inProgress
                    ? "项目负责人和专职安全生产管理人员已配备且证书有效" : "项目已不在施工（" + p.status() + "）");
            db.write(s -> Jdbc.update(s.connection(), "UPDATE construction_site_hazard SET closed_on = ? WHERE source_id = ?",
                    today, open));
        }
        if (inProgress) {
            for (PersonStore.Row r : db.read(s -> people.expired(s.connection(), p.id(), today))) {
                String source = expirySource(r.id(), r.validUntil());
                if (hazards.findBySource(SYSTEM, ConstructionModule.ID, source).isPresent()) {
                    continue;
                }
                hazards.register(SYSTEM, NewHazard.of(p.contractorCreditCode(), HazardSource.ENFORCEMENT,
                                HazardGrade.GENERAL, ConstructionHazardCategories.CERTIFICATE_EXPIRED,
                                "在建项目「" + p.name() + "」" + Role.valueOf(r.role()).nameZh() + r.name() + "的"
                                        + r.certificateType() + "证书（" + r.certificateNumber() + "）已于 "
                                        + r.validUntil() + " 过期", today.plusDays(RENEWAL_DAYS))
                        .region(p.regionCode()).from(ConstructionModule.ID, source).build());
                registered++;
            }
        }
        return registered;
    }

    static String expirySource(String personId, LocalDate validUntil) {
        return "person-" + personId + "-expired-" + validUntil;
    }
}
