package org.anjian.domain.construction.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.anjian.api.common.ConflictException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.DemoDataset;
import org.anjian.domain.construction.service.DangerousWork;
import org.anjian.domain.construction.service.DangerousWorkService;
import org.anjian.domain.construction.service.NewDangerousWork;
import org.anjian.domain.construction.service.NewPerson;
import org.anjian.domain.construction.service.NewProject;
import org.anjian.domain.construction.service.PersonnelService;
import org.anjian.domain.construction.service.Project;
import org.anjian.domain.construction.service.ProjectService;
import org.anjian.domain.construction.service.ProjectStatus;
import org.anjian.domain.construction.service.Role;
import org.anjian.domain.construction.service.Stage;
import org.anjian.domain.construction.service.StageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo projects for the demo county: twelve projects of its 建筑业 enterprises (房屋建筑, 市政, 水利) in every status,
 * with their 危大工程 at different stages and their certificated people. Among the projects in progress, one has no
 * 专职安全员 and one a 项目负责人 whose B certificate has expired, so the site checks register their hazards. Loaded
 * through the domain's services once the demo county is loaded; retry-safe (a project whose code exists is skipped).
 */
@Component(service = DemoDataset.class)
public class ConstructionDemoData implements DemoDataset {
    public static final String DATASET = "demo-construction-2026.1";
    private static final AnjianPrincipal LOADER = AnjianPrincipal.system("demo-construction");

    /** name, status, works (indexes into WORKS). */
    record Site(String name, ProjectStatus status, int[] works) { }

    static final List<Site> SITES = List.of(
            new Site("城关街道文昌路安置小区二期工程", ProjectStatus.IN_PROGRESS, new int[] {0, 3, 2}),
            new Site("示范县人民医院门急诊综合楼工程", ProjectStatus.IN_PROGRESS, new int[] {1, 6, 2, 4}),
            new Site("临江镇污水处理厂提标改造工程", ProjectStatus.IN_PROGRESS, new int[] {8, 10}),
            new Site("经济开发区纬三路道路及管网工程", ProjectStatus.IN_PROGRESS, new int[] {0}),
            new Site("石门镇中心小学教学楼扩建工程", ProjectStatus.IN_PROGRESS, new int[] {3, 9}),
            new Site("东城街道新华片区城市有机更新项目", ProjectStatus.IN_PROGRESS, new int[] {9, 5}),
            new Site("示范县文体中心工程", ProjectStatus.IN_PROGRESS, new int[] {7, 1, 6}),
            new Site("科创园标准厂房（一期）工程", ProjectStatus.SUSPENDED, new int[] {2}),
            new Site("西湖街道西环路人行天桥工程", ProjectStatus.PLANNED, new int[] {7}),
            new Site("白沙镇海塘安澜加固工程", ProjectStatus.PLANNED, new int[] {}),
            new Site("县前街地下停车库工程", ProjectStatus.COMPLETED, new int[] {0, 1}),
            new Site("南岙村农房改造集聚点工程", ProjectStatus.COMPLETED, new int[] {3}));

    /** Sample works: name, category, parameters. */
    static final List<NewDangerousWork> WORKS = List.of(
            new NewDangerousWork("地下室基坑支护、降水及土方开挖", "EXCAVATION", Map.of("depthM", 5.6)),
            new NewDangerousWork("地下室顶板高支模", "FORMWORK", Map.of("heightM", 8.6, "spanM", 12.0)),
            new NewDangerousWork("1#塔式起重机安装及拆卸", "LIFTING", Map.of("craneInstallation", true, "craneCapacityKn", 80)),
            new NewDangerousWork("主楼落地式钢管脚手架", "SCAFFOLD", Map.of("type", "FLOOR", "heightM", 36)),
            new NewDangerousWork("裙楼悬挑式脚手架", "SCAFFOLD", Map.of("type", "CANTILEVER", "segmentHeightM", 18)),
            new NewDangerousWork("高处作业吊篮", "SCAFFOLD", Map.of("type", "SUSPENDED_PLATFORM")),
            new NewDangerousWork("外立面玻璃幕墙安装", "CURTAIN_WALL", Map.of("heightM", 54)),
            new NewDangerousWork("钢结构连廊整体吊装", "STEEL_STRUCTURE", Map.of("kind", "STEEL", "spanM", 38)),
            new NewDangerousWork("调节池人工挖孔桩", "MANUAL_PILE", Map.of("depthM", 12)),
            new NewDangerousWork("既有厂房拆除", "DEMOLITION", Map.of("affectsSurroundings", true)),
            new NewDangerousWork("沉淀池模板支撑", "FORMWORK", Map.of("heightM", 6.2, "totalLoadKnM2", 11)));

    static final List<String> MANAGERS = List.of("王建国", "李志强", "张海涛", "陈立伟", "刘国华", "杨文斌", "赵明亮",
            "黄永生", "周德胜", "吴海军", "徐志刚", "孙建平");
    static final List<String> OFFICERS = List.of("郑晓东", "钱伟", "冯丽娟", "蒋涛", "沈国强", "韩磊", "朱晓峰", "秦勇",
            "许静", "何斌", "吕洋", "施建华");
    static final List<String> OPERATORS = List.of("建筑起重机械司机", "建筑电工", "建筑架子工", "建筑起重信号司索工");

    private final EnterpriseService enterprises;
    private final ProjectService projects;
    private final DangerousWorkService works;
    private final PersonnelService personnel;

    @Activate
    public ConstructionDemoData(@Reference EnterpriseService enterprises, @Reference ProjectService projects,
                                @Reference DangerousWorkService works, @Reference PersonnelService personnel) {
        this.enterprises = enterprises;
        this.projects = projects;
        this.works = works;
        this.personnel = personnel;
    }

    @Override
    public String id() {
        return DATASET;
    }

    @Override
    public String load(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Enterprise> all = enterprises.all(LOADER);
        List<Enterprise> contractors = all.stream().filter(e -> e.industryCode() != null
                        && e.industryCode().matches("4[789].*|50.*"))
                .sorted(Comparator.comparing(Enterprise::creditCode)).toList();
        List<Enterprise> builders = all.stream().filter(e -> e.industryCode() != null
                        && !e.industryCode().matches("4[789].*|50.*"))
                .sorted(Comparator.comparing(Enterprise::creditCode)).toList();
        if (contractors.isEmpty() || builders.isEmpty()) {
            return "0 projects (the county has no construction enterprises)";
        }
        int created = 0;
        int worksAdded = 0;
        for (int i = 0; i < SITES.size(); i++) {
            Site site = SITES.get(i);
            Enterprise contractor = contractors.get((i * 5) % contractors.size());
            Enterprise builder = builders.get((i * 7) % builders.size());
            LocalDate start = today.minusMonths(3 + i * 2L);
            // 投资项目代码 (YYMM-region-industry-type-serial), fixed per site: a rerun on another day finds the same code
            String code = String.format("%02d%02d-330999-%s-01-%06d", 24 + i / 6, 1 + (i * 2) % 12,
                    i % 3 == 2 ? "76" : "47", 100231 + i * 417);
            Project p;
            try {
                p = projects.create(LOADER, new NewProject(code, site.name(), builder.creditCode(),
                        contractor.creditCode(), contractor.regionCode(), shortAddress(contractor.address()),
                        ProjectStatus.PLANNED,
                        site.status() == ProjectStatus.PLANNED ? null : start.toString(),
                        start.plusMonths(18 + i).toString()));
            } catch (ConflictException alreadyLoaded) {
                continue;
            }
            created++;
            staff(p, i, today);
            if (site.status() != ProjectStatus.PLANNED) {
                p = projects.update(LOADER, p.id(), request(p, ProjectStatus.IN_PROGRESS));
            }
            for (int w = 0; w < site.works().length; w++) {
                DangerousWork work = works.add(LOADER, p.id(), WORKS.get(site.works()[w]));
                worksAdded++;
                advance(p, work, site.status(), w, start, MANAGERS.get(i));
            }
            if (site.status() != ProjectStatus.IN_PROGRESS && site.status() != ProjectStatus.PLANNED) {
                projects.update(LOADER, p.id(), request(p, site.status()));
            }
        }
        return created + " projects, " + worksAdded + " dangerous works";
    }

    /** A project manager (B) and a safety officer (C) on most sites, a crane driver where a crane works. */
    private void staff(Project p, int i, LocalDate today) {
        boolean expiredManager = i == 2;
        LocalDate managerIssued = expiredManager ? today.minusYears(3).minusMonths(2) : today.minusMonths(8 + i * 3L);
        personnel.add(LOADER, p.id(), new NewPerson(MANAGERS.get(i), Role.PROJECT_MANAGER, Role.CertificateType.B,
                "浙建安B（" + (2019 + i % 6) + "）" + String.format("%07d", 30210 + i * 977), null,
                managerIssued.toString(), null));
        if (i != 4) {
            personnel.add(LOADER, p.id(), new NewPerson(OFFICERS.get(i), Role.SAFETY_OFFICER, Role.CertificateType.C,
                    "浙建安C3（" + (2020 + i % 5) + "）" + String.format("%07d", 51007 + i * 613), null,
                    today.minusMonths(5 + i * 2L).toString(), null));
        }
        personnel.add(LOADER, p.id(), new NewPerson(OFFICERS.get((i + 5) % OFFICERS.size()).substring(0, 1) + "师傅",
                Role.SPECIAL_OPERATOR, Role.CertificateType.SPECIAL_OPERATION,
                "浙" + String.format("%011d", 33099920230L + i * 131), OPERATORS.get(i % OPERATORS.size()),
                today.minusMonths(i % 2 == 0 ? 10 : 26).toString(), null));
    }

    /** Stages by the project's state and the work's place in it: finished sites accepted, sites in progress mixed. */
    private void advance(Project p, DangerousWork work, ProjectStatus status, int w, LocalDate start, String manager) {
        if (status == ProjectStatus.PLANNED) {
            return;
        }
        Project current = projects.get(LOADER, p.id());
        List<Stage> path = new ArrayList<>();
        if ("BEYOND_SCALE".equals(work.level())) {
            path.add(Stage.EXPERT_REVIEWED);
        }
        path.add(Stage.APPROVED);
        boolean canStart = current.keyPersonnel().complete();
        if (canStart && (status != ProjectStatus.IN_PROGRESS || w % 3 != 2)) {
            path.add(Stage.IN_PROGRESS);
            if (status == ProjectStatus.COMPLETED || w % 2 == 1) {
                path.add(Stage.ACCEPTED);
            }
        }
        LocalDate on = start.plusDays(10L + w * 20L);
        for (Stage stage : path) {
            works.stage(LOADER, p.id(), work.id(), new StageRequest(stage, on.toString(),
                    stage == Stage.EXPERT_REVIEWED ? "专家组组长" + MANAGERS.get((w + 3) % MANAGERS.size()) : manager,
                    stage == Stage.EXPERT_REVIEWED ? "论证结论：修改后通过" : null));
            on = on.plusDays(7);
        }
    }

    private static NewProject request(Project p, ProjectStatus status) {
        return new NewProject(p.projectCode(), p.name(), p.builderCreditCode(), p.contractorCreditCode(),
                p.regionCode(), p.address(), status, p.startDate() == null ? null : p.startDate().toString(),
                p.plannedCompletionDate() == null ? null : p.plannedCompletionDate().toString());
    }

    private static String shortAddress(String address) {
        return address == null || address.length() <= 200 ? address : address.substring(0, 200);
    }
}
