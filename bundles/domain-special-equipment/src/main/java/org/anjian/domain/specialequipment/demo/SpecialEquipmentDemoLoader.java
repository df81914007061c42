package org.anjian.domain.specialequipment.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.DemoDataset;
import org.anjian.domain.specialequipment.service.HandleRequest;
import org.anjian.domain.specialequipment.service.NewElevatorEvent;
import org.anjian.domain.specialequipment.service.NewEquipment;
import org.anjian.domain.specialequipment.service.NewInspection;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.anjian.domain.specialequipment.store.Equipment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo special equipment for the demo county: registers about 80 items for the county's 钢结构/阀门/泵业
 * manufacturers, department stores, warehouses and hotels, with inspection histories (some overdue,
 * some due within 30 days, some failed) and a few elevator events. The platform's demo runs it once the county
 * is loaded and records it; it is retry-safe (items whose code exists are skipped).
 */
@Component(service = DemoDataset.class)
public class SpecialEquipmentDemoLoader implements DemoDataset {
    public static final String DATASET = "demo-special-equipment-2026.1";
    private static final AnjianPrincipal LOADER = AnjianPrincipal.system("demo-special-equipment");

    /** Which equipment an enterprise of an industry gets: category codes, cycled. */
    static final Map<String, List<String>> KIT = Map.of(
            "3311", List.of("4100", "4200", "5110", "4100"),
            "3441", List.of("4100", "2100", "5110"),
            "3443", List.of("4100", "2100", "5110"),
            "5211", List.of("3100", "3100", "3300", "3300"),
            "5920", List.of("5110", "5110", "3100", "4200"),
            "6110", List.of("3100", "3100", "1000", "2100"));
    /** How many enterprises of each industry. */
    static final Map<String, Integer> TAKE = Map.of("3311", 3, "3441", 2, "3443", 3, "5211", 5, "5920", 4, "6110", 5);
    static final List<String> CONTRACTORS = List.of("示范县安达电梯工程有限公司", "浙江通力电梯维保有限公司",
            "示范县恒升电梯服务有限公司");

    private final EnterpriseService enterprises;
    private final SpecialEquipmentService service;

    @Activate
    public SpecialEquipmentDemoLoader(@Reference EnterpriseService enterprises, @Reference SpecialEquipmentService service) {
        this.enterprises = enterprises;
        this.service = service;
    }

    @Override
    public String id() {
        return DATASET;
    }

    @Override
    public String load(Clock clock) {
        return loadItems(clock) + " equipment items";
    }

    int loadItems(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Enterprise> chosen = pickEnterprises();
        int created = 0;
        int n = 0;
        List<Equipment> elevators = new ArrayList<>();
        for (Enterprise e : chosen) {
            List<String> kit = KIT.get(e.industryCode());
            for (int k = 0; k < kit.size(); k++) {
                n++;
                String category = kit.get(k);
                String code = category + "33" + String.format("%03d", 100 + n % 37) + (2008 + n % 15)
                        + String.format("%05d", 1000 + n);
                Optional<Equipment> existing = service.findByCode(code);
                Equipment item = existing.orElse(null);
                if (item == null) {
                    item = create(e, category, code, n, today);
                    created++;
                }
                if (category.startsWith("3")) {
                    elevators.add(item);
                }
            }
        }
        events(elevators, clock);
        service.registerOverdueHazards(today);
        return created;
    }

    private List<Enterprise> pickEnterprises() {
        List<Enterprise> all = enterprises.all(LOADER);
        List<Enterprise> chosen = new ArrayList<>();
        for (String industry : List.of("3311", "3441", "3443", "5211", "5920", "6110")) {
            all.stream().filter(e -> industry.equals(e.industryCode()))
                    .sorted(java.util.Comparator.comparing(Enterprise::creditCode))
                    .limit(TAKE.get(industry)).forEach(chosen::add);
        }
        return chosen;
    }

    private Equipment create(Enterprise e, String category, String code, int n, LocalDate today) {
        boolean elevator = category.startsWith("3");
        Integer grade = category.equals("2100") ? (n % 5 == 0 ? 3 : 2) : null;
        Period interval = service.settings().policy().interval(category, grade).orElse(Period.ofMonths(12));
        // scenario by position: overdue by months, overdue by days, due within 30 days, failed, fine
        LocalDate last;
        String result = "PASS";
        switch (n % 10) {
            case 0 -> last = today.minus(interval).minusDays(60 + n % 60);
            case 3 -> last = today.minus(interval).minusDays(2 + n % 5);
            case 5, 7 -> last = today.minus(interval).plusDays(5 + n % 20);
            case 9 -> {
                last = today.minusDays(20 + n % 40);
                result = n % 20 == 9 ? "FAIL" : "PASS";
            }
            default -> last = today.minusDays(30 + (n * 17) % 200);
        }
        String location = elevator ? (n % 2 == 0 ? "主楼" : "副楼") + (n % 4 + 1) + "号梯" : "厂区" + (n % 3 + 1) + "号车间";
        String registration = n % 4 == 0 ? category.substring(0, 3) + "0" + "330999" + (2008 + n % 15) + "0"
                + (1 + n % 9) + String.format("%04d", n) : null;
        String prefix = switch (category.charAt(0)) {
            case '1' -> "锅";
            case '2' -> "容";
            case '3' -> "梯";
            case '4' -> "起";
            default -> "车";
        };
        Equipment saved = service.findByCode(code).orElse(null);
        if (saved == null) {
            service.register(LOADER, new NewEquipment(e.creditCode(), category, code, registration,
                    prefix + "浙JX" + String.format("%05d", n) + "(" + (10 + n % 15) + ")", location,
                    elevator ? CONTRACTORS.get(n % CONTRACTORS.size()) : null,
                    elevator ? "3309" + String.format("%07d", 10000 + n) : null, grade, null, null, null));
            saved = service.findByCode(code).orElseThrow();
        }
        LocalDate previous = last.minus(interval);
        service.recordInspection(LOADER, saved.id(), new NewInspection(previous.toString(), "PASS",
                "示范县特种设备检验所", "JY" + previous.getYear() + "-" + String.format("%04d", n), grade));
        service.recordInspection(LOADER, saved.id(), new NewInspection(last.toString(), result,
                "示范县特种设备检验所", "JY" + last.getYear() + "-" + String.format("%04d", n + 500), grade));
        return service.findByCode(code).orElseThrow();
    }

    private void events(List<Equipment> elevators, Clock clock) {
        if (elevators.size() < 3 || service.events(LOADER, null, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant now = clock.instant();
        ElevatorEvent handled = service.raiseEvent(LOADER, new NewElevatorEvent(elevators.get(0).id(), null,
                "ENTRAPMENT", now.minus(Duration.ofDays(3)).atZone(clock.getZone()).toOffsetDateTime().toString(),
                "2 人被困轿厢，停在 5-6 层之间"));
        service.handleEvent(LOADER, handled.id(), new HandleRequest("维保人员 18 分钟到场放人，无人受伤"));
        service.raiseEvent(LOADER, new NewElevatorEvent(elevators.get(1).id(), null, "FAULT",
                now.minus(Duration.ofHours(5)).atZone(clock.getZone()).toOffsetDateTime().toString(),
                "层门开关异常，已停梯"));
        service.raiseEvent(LOADER, new NewElevatorEvent(elevators.get(2).id(), null, "ENTRAPMENT",
                now.minus(Duration.ofHours(2)).atZone(clock.getZone()).toOffsetDateTime().toString(),
                "1 人被困，96333 已派单"));
    }
}
