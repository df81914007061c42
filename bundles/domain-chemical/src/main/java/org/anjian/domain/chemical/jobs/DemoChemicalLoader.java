package org.anjian.domain.chemical.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.DemoDataset;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.chemical.api.AssessmentRequest.SubstanceInput;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.rules.PermitValidityPolicy;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.domain.chemical.service.HazardSourceService.GuarantorInput;
import org.anjian.domain.chemical.service.MonitoringService;
import org.anjian.domain.chemical.service.ParkService;
import org.anjian.domain.chemical.service.PermitService;
import org.anjian.domain.chemical.store.InTransaction;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.domain.chemical.store.MajorHazardSource;
import org.anjian.domain.chemical.store.MonitoringPoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data of the chemical domain for the demo county: parks, major hazard sources, work permits, monitoring
 * points, a day of readings and some alarms, written in one transaction. The platform's demo runs it once the
 * county's demo data is loaded and records it in the data-load ledger.
 */
@Component(service = DemoDataset.class)
public class DemoChemicalLoader implements DemoDataset {
    public static final String DATASET = "demo-chemical-2026.1";
    static final String COUNTY_PREFIX = "330999";
    static final String PARK1 = "DEMO-CHEM-PARK-1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoChemicalLoader.class);

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;

    @Activate
    public DemoChemicalLoader(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase database,
                              @Reference EnterpriseService enterprises) {
        this.db = database;
        this.enterprises = enterprises;
    }

    @Override
    public String id() {
        return DATASET;
    }

    /** Loads the demo data; a second run finds the first park and adds nothing. Returns what it did. */
    @Override
    public String load(Clock clock) {
        AnjianPrincipal system = AnjianPrincipal.system("chemical-demo");
        List<Enterprise> chemical = chemicalEnterprises(system);
        if (chemical.size() < 2) {
            LOG.warn("Chemical demo data skipped: the demo county has {} chemical enterprises", chemical.size());
            return "skipped: no chemical enterprises";
        }
        return db.write(s -> {
            if (Jdbc.count(s.connection(), "SELECT COUNT(*) FROM chemical_park WHERE code = ?", PARK1) > 0) {
                return "already present";
            }
            return load(new InTransaction(ChemicalModule.ID, s), system, chemical, clock);
        });
    }

    private List<Enterprise> chemicalEnterprises(AnjianPrincipal system) {
        List<Enterprise> out = new ArrayList<>(enterprises.search(system,
                new EnterpriseQuery(COUNTY_PREFIX, null, "26", null, PageRequest.of(0, PageRequest.MAX_LIMIT))).items());
        if (out.isEmpty()) {
            out.addAll(enterprises.search(system, new EnterpriseQuery(COUNTY_PREFIX, null, null, null,
                    PageRequest.of(0, PageRequest.MAX_LIMIT))).items());
        }
        return out.stream().filter(e -> e.industryCode() != null && e.industryCode().startsWith("26"))
                .sorted(java.util.Comparator.comparing(Enterprise::creditCode)).toList();
    }

    private String load(ModuleDatabase tx, AnjianPrincipal system, List<Enterprise> chemical, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ParkService parks = ParkService.of(tx, enterprises, clock);
        HazardSourceService sources = HazardSourceService.of(tx, enterprises, clock,
                MajorHazardAssessment.withDefaultCatalogue());
        PermitService permits = PermitService.of(tx, enterprises, clock, PermitValidityPolicy.defaults());
        MonitoringService monitoring = MonitoringService.of(tx, enterprises, clock);

        // Members by location (白沙镇 for the riverside park, the development zone for the fine-chemicals park).
        List<String> first = codesIn(chemical, "330999104");
        List<String> second = codesIn(chemical, "330999401");
        if (first.isEmpty() || second.isEmpty()) {
            int half = Math.max(1, chemical.size() / 2);
            first = chemical.subList(0, half).stream().map(Enterprise::creditCode).toList();
            second = chemical.subList(half, chemical.size()).stream().map(Enterprise::creditCode).toList();
        }
        parks.create(system, new ParkService.NewPark(PARK1, "示范县临江化工园区", "330999104000", "B", first));
        parks.create(system, new ParkService.NewPark("DEMO-CHEM-PARK-2", "示范县经济开发区精细化工园", "330999401000", "C",
                second));

        String[][] sourceSpecs = {
            {"液氨储罐区", "STORAGE", "120", "液氨:45", "甲醇:300"},
            {"甲醇储罐区", "STORAGE", "40", "甲醇:800", "甲苯:200"},
            {"液化石油气球罐区", "STORAGE", "160", "液化石油气:180"},
            {"液氯汽化工段", "PRODUCTION", "25", "液氯:12"},
            {"甲苯精馏装置", "PRODUCTION", "10", "甲苯:260", "苯:30"},
            {"氢气充装站", "PRODUCTION", "0", "氢气:8", "液化石油气:20"},
        };
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
        List<MajorHazardSource> created = new ArrayList<>();
        for (int i = 0; i < sourceSpecs.length; i++) {
            String[] spec = sourceSpecs[i];
            Enterprise e = chemical.get(i % chemical.size());
            List<SubstanceInput> substances = new ArrayList<>();
            for (int k = 3; k < spec.length; k++) {
                String[] nq = spec[k].split(":");
                substances.add(new SubstanceInput(null, nq[0], null, Double.parseDouble(nq[1])));
            }
            List<GuarantorInput> guarantors = List.of(
                    new GuarantorInput(HazardSourceService.GuarantorRole.PRINCIPAL, surnames[i] + "建国", "总经理", phone(i, 1)),
                    new GuarantorInput(HazardSourceService.GuarantorRole.TECHNICAL, surnames[(i + 4) % surnames.length] + "志强", "技术负责人", phone(i, 2)),
                    new GuarantorInput(HazardSourceService.GuarantorRole.OPERATIONAL, surnames[(i + 8) % surnames.length] + "海峰", "车间主任",
                            phone(i, 3)));
            created.add(sources.create(system, new HazardSourceService.NewSource(e.creditCode(), spec[0],
                    HazardSourceService.UnitType.valueOf(spec[1]),
                    Integer.parseInt(spec[2]), substances, guarantors)));
        }

        String[][] permitSpecs = {
            // type, grade, start offset (hours from now), length (hours), location
            {"HOT_WORK", "GRADE1", "-2", "6", "液氨储罐区 T-101 管线法兰"},
            {"HOT_WORK", "GRADE2", "-20", "48", "维修车间 焊接平台"},
            {"CONFINED_SPACE", "", "-1", "8", "甲醇储罐 V-203 内部清罐"},
            {"WORK_AT_HEIGHT", "GRADE2", "-3", "10", "精馏塔 C-301 12 m 平台"},
            {"LIFTING", "GRADE3", "-30", "8", "甲苯装置区 换热器吊装"},
            {"TEMPORARY_POWER", "", "-72", "240", "液化石油气球罐区 检修临时配电箱"},
            {"BLIND_PLATE", "", "-50", "6", "液氯汽化工段 进料管线 DN80 盲板"},
            {"EXCAVATION", "", "4", "12", "厂区东侧 消防管网开挖"},
            {"ROAD_CLOSURE", "", "-100", "8", "厂区 2 号路 断路"},
            {"HOT_WORK", "SPECIAL", "-4", "8", "液化石油气球罐区 带压不置换动火"},
        };
        for (int i = 0; i < permitSpecs.length; i++) {
            String[] p = permitSpecs[i];
            Enterprise e = chemical.get(i % chemical.size());
            Instant from = now.plus(Duration.ofHours(Long.parseLong(p[2])));
            Instant until = from.plus(Duration.ofHours(Long.parseLong(p[3])));
            permits.create(system, new PermitService.NewPermit(e.creditCode(),
                    org.anjian.domain.chemical.rules.SpecialWorkType.valueOf(p[0]),
                    p[1].isEmpty() ? null : org.anjian.domain.chemical.rules.SpecialWorkGrade.valueOf(p[1]),
                    from, until, p[4], surnames[i % surnames.length] + "工",
                    surnames[(i + 6) % surnames.length] + "监护"));
        }

        // point: source index, tag, name, kind, unit, low, high, normal value, spread
        Object[][] pointSpecs = {
            {0, "LT-101", "液氨储罐T-101液位", "LEVEL", "%", 10.0, 85.0, 60.0, 8.0},
            {0, "PT-101", "液氨储罐T-101压力", "PRESSURE", "MPa", null, 1.6, 1.1, 0.15},
            {0, "TT-101", "液氨储罐T-101温度", "TEMPERATURE", "℃", -10.0, 40.0, 22.0, 5.0},
            {0, "AT-101", "液氨罐区有毒气体浓度", "GAS_CONCENTRATION", "ppm", null, 30.0, 3.0, 2.0},
            {1, "LT-201", "甲醇储罐V-201液位", "LEVEL", "%", 10.0, 90.0, 55.0, 10.0},
            {1, "AT-201", "甲醇罐区可燃气体浓度", "GAS_CONCENTRATION", "%LEL", null, 25.0, 2.0, 2.0},
            {1, "TT-201", "甲醇储罐V-201温度", "TEMPERATURE", "℃", null, 35.0, 20.0, 4.0},
            {2, "PT-301", "液化石油气球罐S-301压力", "PRESSURE", "MPa", null, 1.5, 0.9, 0.2},
            {2, "LT-301", "液化石油气球罐S-301液位", "LEVEL", "%", 15.0, 85.0, 50.0, 10.0},
            {2, "AT-301", "球罐区可燃气体浓度", "GAS_CONCENTRATION", "%LEL", null, 25.0, 1.5, 1.5},
            {3, "AT-401", "液氯汽化间氯气浓度", "GAS_CONCENTRATION", "ppm", null, 1.0, 0.1, 0.1},
            {3, "PT-401", "液氯汽化器压力", "PRESSURE", "MPa", 0.2, 0.8, 0.5, 0.08},
            {4, "TT-501", "甲苯精馏塔C-501塔釜温度", "TEMPERATURE", "℃", 100.0, 135.0, 118.0, 5.0},
            {4, "PT-501", "甲苯精馏塔C-501塔顶压力", "PRESSURE", "kPa", null, 50.0, 20.0, 6.0},
            {5, "AT-601", "氢气充装间氢气浓度", "GAS_CONCENTRATION", "%LEL", null, 20.0, 1.0, 1.0},
        };
        List<MonitoringPoint> points = new ArrayList<>();
        for (Object[] p : pointSpecs) {
            MajorHazardSource source = created.get((Integer) p[0]);
            points.add(monitoring.createPoint(system, new MonitoringService.NewPoint(source.enterpriseCreditCode(),
                    source.id(), (String) p[1], (String) p[2], MonitoringService.Kind.valueOf((String) p[3]), (String) p[4], (Double) p[5],
                    (Double) p[6])));
        }

        Random random = new Random(20260101L);
        List<MonitoringService.ReadingInput> readings = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            MonitoringPoint point = points.get(i);
            double normal = (Double) pointSpecs[i][7];
            double spread = (Double) pointSpecs[i][8];
            for (int h = 24; h >= 1; h--) {
                double value = normal + (random.nextDouble() * 2 - 1) * spread;
                if (point.lowLimit() != null) {
                    value = Math.max(value, point.lowLimit() + spread * 0.1);
                }
                if (point.highLimit() != null) {
                    value = Math.min(value, point.highLimit() - spread * 0.1);
                }
                readings.add(new MonitoringService.ReadingInput(point.id(), null, null,
                        now.minus(Duration.ofHours(h)), round(value)));
            }
        }
        // Breaches: one three hours old (escalated by the next check), a few in the last ten minutes.
        readings.add(breach(points.get(3), now.minus(Duration.ofMinutes(185)), 42.5));
        readings.add(breach(points.get(7), now.minus(Duration.ofMinutes(8)), 1.62));
        readings.add(breach(points.get(10), now.minus(Duration.ofMinutes(5)), 1.8));
        readings.add(breach(points.get(12), now.minus(Duration.ofMinutes(3)), 96.0));
        readings.add(breach(points.get(7), now.minus(Duration.ofMinutes(2)), 1.66));
        MonitoringService.IngestResult result = monitoring.ingest(system, new MonitoringService.ReadingBatch(readings));
        return String.format(Locale.ROOT, "2 parks, %d major hazard sources, %d work permits, %d monitoring points,"
                        + " %d readings, %d alarms", created.size(), permitSpecs.length, points.size(), result.stored(),
                result.alarmsRaised().size());
    }

    private static List<String> codesIn(List<Enterprise> enterprises, String regionPrefix) {
        return enterprises.stream().filter(e -> e.regionCode() != null && e.regionCode().startsWith(regionPrefix))
                .map(Enterprise::creditCode).toList();
    }

    private static MonitoringService.ReadingInput breach(MonitoringPoint p, Instant at, double value) {
        return new MonitoringService.ReadingInput(null, p.enterpriseCreditCode(), p.tag(), at, value);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String phone(int i, int k) {
        return String.format(Locale.ROOT, "1385%03d%04d", 570 + i, 1000 + i * 37 + k * 211);
    }
}
