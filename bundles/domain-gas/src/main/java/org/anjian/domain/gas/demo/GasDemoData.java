package org.anjian.domain.gas.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.DemoDataset;
import org.anjian.domain.gas.service.AlarmService;
import org.anjian.domain.gas.service.Cylinder;
import org.anjian.domain.gas.service.CylinderService;
import org.anjian.domain.gas.service.GasUser;
import org.anjian.domain.gas.service.GasUserService;
import org.anjian.domain.gas.service.Kinds;
import org.anjian.domain.gas.service.NewAlarm;
import org.anjian.domain.gas.service.NewCylinder;
import org.anjian.domain.gas.service.NewCylinderEvent;
import org.anjian.domain.gas.service.NewGasUser;
import org.anjian.domain.gas.service.NewOperator;
import org.anjian.domain.gas.service.Operator;
import org.anjian.domain.gas.service.OperatorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo gas for the demo county: its 燃气生产和供应业 enterprises as operators (pipeline gas with a 门站, bottled LPG
 * with a 充装站 and a 供应站; one licence expiring, one expired), its restaurants as catering users (most with working
 * leak alarms and shut-off devices, a few without), some households, and about 15 cylinders per LPG operator with their
 * fills and deliveries (some overdue for inspection, one past its scrap age), and three leak alarms (one handled, one
 * fresh, one old enough to be escalated by the alarm job). Loaded through the services; retry-safe (a licence or a
 * cylinder code that exists is skipped, a user whose name exists is not added twice).
 */
@Component(service = DemoDataset.class)
public class GasDemoData implements DemoDataset {
    public static final String DATASET = "demo-gas-2026.1";
    private static final AnjianPrincipal LOADER = AnjianPrincipal.system("demo-gas");
    static final List<String> FILLERS = List.of("陈建华", "周国平", "吴海峰");
    static final List<String> COURIERS = List.of("李小龙", "王志伟", "张宏亮", "刘永强");
    static final List<String> HOUSEHOLDS = List.of("王秀英", "李桂芳", "张建国", "刘玉兰", "陈志明", "杨淑珍", "黄德明",
            "赵美华");

    private final EnterpriseService enterprises;
    private final OperatorService operators;
    private final GasUserService users;
    private final CylinderService cylinders;
    private final AlarmService alarms;

    @Activate
    public GasDemoData(@Reference EnterpriseService enterprises, @Reference OperatorService operators,
                       @Reference GasUserService users, @Reference CylinderService cylinders,
                       @Reference AlarmService alarms) {
        this.enterprises = enterprises;
        this.operators = operators;
        this.users = users;
        this.cylinders = cylinders;
        this.alarms = alarms;
    }

    @Override
    public String id() {
        return DATASET;
    }

    @Override
    public String load(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Enterprise> all = enterprises.all(LOADER);
        List<Enterprise> pipeline = of(all, "4511");
        List<Enterprise> lpg = of(all, "4512");
        List<Enterprise> catering = all.stream().filter(e -> e.industryCode() != null && e.industryCode().startsWith("62"))
                .sorted(Comparator.comparing(Enterprise::creditCode)).limit(20).toList();
        if (lpg.isEmpty() || catering.isEmpty()) {
            return "0 operators (the county has no LPG operator or restaurant)";
        }
        int n = 0;
        List<Operator> lpgOperators = new ArrayList<>();
        for (Enterprise e : pipeline) {
            operator(e, Kinds.OperatorScope.PIPELINE, n++, today);
        }
        for (Enterprise e : lpg) {
            Operator o = operator(e, Kinds.OperatorScope.BOTTLED_LPG, n++, today);
            if (o != null) {
                lpgOperators.add(o);
            }
        }
        Set<String> named = new HashSet<>();
        users.search(LOADER, null, null, null, null, null, new PageRequest(0, PageRequest.MAX_LIMIT)).items().forEach(u -> named.add(u.name()));
        List<GasUser> compliant = new ArrayList<>();
        List<GasUser> added = new ArrayList<>();
        for (int i = 0; i < catering.size(); i++) {
            Enterprise r = catering.get(i);
            if (named.contains(r.name())) {
                continue;
            }
            Kinds.Device alarm = i % 9 == 4 ? Kinds.Device.NONE : i % 9 == 7 ? Kinds.Device.FAULTY : Kinds.Device.WORKING;
            Kinds.Device shutOff = i % 6 == 5 ? Kinds.Device.NONE : Kinds.Device.WORKING;
            GasUser u = users.create(LOADER, new NewGasUser(Kinds.UserKind.CATERING, r.name(), r.address(), r.regionCode(),
                    r.creditCode(), lpg.get(i % lpg.size()).creditCode(), alarm, shutOff));
            added.add(u);
            if (u.devicesCompliant()) {
                compliant.add(u);
            }
        }
        for (int i = 0; i < HOUSEHOLDS.size(); i++) {
            String name = HOUSEHOLDS.get(i) + "（居民）";
            if (named.contains(name)) {
                continue;
            }
            Enterprise supplier = lpg.get(i % lpg.size());
            added.add(users.create(LOADER, new NewGasUser(Kinds.UserKind.RESIDENTIAL, name,
                    supplier.address().replaceAll("\\d+号$", "") + (20 + i * 7) + "号", supplier.regionCode(), null,
                    supplier.creditCode(), Kinds.Device.NONE, Kinds.Device.NONE)));
        }
        int registered = 0;
        for (int o = 0; o < lpgOperators.size(); o++) {
            registered += cylinders(lpgOperators.get(o), o, compliant, clock);
        }
        int alarmsRaised = added.isEmpty() ? 0 : alarms(added, clock);
        return n + " operators, " + added.size() + " users, " + registered + " cylinders, " + alarmsRaised + " alarms";
    }

    private Operator operator(Enterprise e, Kinds.OperatorScope scope, int n, LocalDate today) {
        LocalDate from = today.minusYears(2 + n % 3).withDayOfMonth(1);
        LocalDate to = n == 3 ? today.plusDays(20) : n == 5 ? today.minusDays(40) : from.plusYears(5);
        String licence = "浙" + (scope == Kinds.OperatorScope.PIPELINE ? "2023330999" : "2024330999")
                + String.format("%04d", 11 + n * 7) + (scope == Kinds.OperatorScope.PIPELINE ? "G" : "P");
        List<NewOperator.NewStation> stations = scope == Kinds.OperatorScope.PIPELINE
                ? List.of(new NewOperator.NewStation(shortName(e) + "门站", Kinds.StationKind.GATE_STATION, e.address(),
                        e.regionCode()))
                : List.of(new NewOperator.NewStation(shortName(e) + "充装站", Kinds.StationKind.FILLING_STATION, e.address(),
                        e.regionCode()), new NewOperator.NewStation(shortName(e) + "城区供应站",
                        Kinds.StationKind.SUPPLY_POINT, null, e.regionCode()));
        try {
            return operators.create(LOADER, new NewOperator(e.creditCode(), licence, scope, from.toString(), to.toString(),
                    stations));
        } catch (ConflictException loaded) {
            return operators.search(LOADER, null, null, new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
                    .filter(op -> op.licenceNumber().equals(licence)).findFirst().orElse(null);
        }
    }

    /** About 15 cylinders of one LPG operator: their ages decide their inspection state; the fit ones go out. */
    private int cylinders(Operator operator, int o, List<GasUser> compliant, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        String station = operator.stations().stream().filter(s -> "FILLING_STATION".equals(s.kind())).findFirst()
                .map(Operator.Station::id).orElse(null);
        int registered = 0;
        for (int i = 0; i < 15; i++) {
            String code = String.format("LPG%02d%05d", o + 1, 1001 + i);
            // ages: 1..9 years; every 5th never inspected after its first 4 years (overdue); the 14th past its scrap age
            LocalDate made = today.minusYears(1 + i % 8).minusDays(30L * (i % 5) + 11);
            if (i == 13) {
                made = today.minusYears(8).minusMonths(2);
            }
            LocalDate inspected = made.plusYears(4).isAfter(today) || i % 5 == 4 ? null
                    : made.plusYears(4).plusDays(3).isAfter(today) ? null : made.plusYears(4).plusDays(3);
            Cylinder c;
            try {
                c = cylinders.register(LOADER, new NewCylinder(code, operator.enterpriseCreditCode(), made.toString(),
                        inspected == null ? null : inspected.toString()));
            } catch (ConflictException loaded) {
                continue;
            }
            registered++;
            if (station == null || compliant.isEmpty() || !"OK".equals(c.inspection()) || !today.isBefore(c.scrapDue())) {
                continue;
            }
            Instant filled = clock.instant().minus(Duration.ofDays(2 + i % 6)).minus(Duration.ofHours(3 + i % 4));
            cylinders.record(LOADER, code, new NewCylinderEvent(Kinds.EventType.FILL, filled.toString(), station, 14.5,
                    FILLERS.get(i % FILLERS.size()), null, null, null));
            if (i % 3 != 2) {
                GasUser user = compliant.get((i + o * 5) % compliant.size());
                cylinders.record(LOADER, code, new NewCylinderEvent(Kinds.EventType.DELIVER,
                        filled.plus(Duration.ofHours(2)).toString(), null, null, COURIERS.get(i % COURIERS.size()),
                        user.id(), null, null));
            }
        }
        return registered;
    }

    /** One leak handled three days ago, one raised ten minutes ago, one two hours ago that the alarm job escalates. */
    private int alarms(List<GasUser> added, Clock clock) {
        Instant now = clock.instant();
        GasUser first = added.get(0);
        var handled = alarms.raise(LOADER, new NewAlarm(first.id(), now.minus(Duration.ofDays(3)).toString(),
                Kinds.AlarmKind.LEAK, "灶具软管老化"));
        alarms.handle(LOADER, handled.id(), "已关闭阀门，更换燃气软管");
        GasUser second = added.get(Math.min(1, added.size() - 1));
        alarms.raise(LOADER, new NewAlarm(second.id(), now.minus(Duration.ofMinutes(10)).toString(), Kinds.AlarmKind.LEAK,
                null));
        GasUser third = added.get(Math.min(2, added.size() - 1));
        alarms.raise(LOADER, new NewAlarm(third.id(), now.minus(Duration.ofHours(2)).toString(), Kinds.AlarmKind.LEAK,
                "后厨报警器响"));
        return 3;
    }

    private static List<Enterprise> of(List<Enterprise> all, String industry) {
        return all.stream().filter(e -> industry.equals(e.industryCode())).sorted(Comparator.comparing(Enterprise::creditCode))
                .toList();
    }

    private static String shortName(Enterprise e) {
        return e.name().replace("有限公司", "").replace("示范县", "");
    }
}
