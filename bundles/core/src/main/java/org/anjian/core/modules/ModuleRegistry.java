package org.anjian.core.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistProvider;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ConsolePageProvider;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.api.spi.DomainResource;
import org.anjian.api.spi.EnterpriseRisk;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.HazardCategoryProvider;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.IndustryModule;
import org.anjian.api.spi.ModuleContribution;
import org.anjian.api.spi.ModuleInfo;
import org.anjian.api.spi.ModuleService;
import org.anjian.api.spi.RiskIndicator;

/**
 * The installed modules and what each contributes, as seen through the whiteboard. Holds no state of
 * its own: every answer is computed from the services registered right now, so a domain that goes
 * away is gone from every answer at once.
 */
public class ModuleRegistry implements ModuleService {

    /** The services of one kind registered right now. */
    public record Whiteboard(Supplier<List<IndustryModule>> modules, Supplier<List<ChecklistProvider>> checklists,
                             Supplier<List<HazardCategoryProvider>> categories,
                             Supplier<List<RiskIndicator>> indicators, Supplier<List<DomainResource>> resources,
                             Supplier<List<ConsolePageProvider>> pages,
                             Supplier<List<ExchangeRecordContributor>> exchange,
                             Supplier<List<org.anjian.api.spi.MapMarkerProvider>> markers) {
    }

    /** A console asset path: relative, no parent steps, a known kind of file. */
    private static final java.util.regex.Pattern ASSET =
            java.util.regex.Pattern.compile("(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_.-]+\\.(?:js|mjs|css|json|svg|png)");

    private final Whiteboard board;
    private final EnterpriseService enterprises;
    private final RiskFactsReader facts;

    public ModuleRegistry(Whiteboard board, EnterpriseService enterprises, RiskFactsReader facts) {
        this.board = board;
        this.enterprises = enterprises;
        this.facts = facts;
    }

    @Override
    public List<ModuleInfo> modules() {
        List<ModuleInfo> out = new ArrayList<>();
        for (IndustryModule m : board.modules().get()) {
            Map<String, Integer> contributions = new LinkedHashMap<>();
            contributions.put("checklists", board.checklists().get().stream().filter(c -> of(c, m))
                    .mapToInt(c -> c.checklists().size()).sum());
            contributions.put("hazardCategories", board.categories().get().stream().filter(c -> of(c, m))
                    .mapToInt(c -> c.categories().size()).sum());
            contributions.put("riskIndicators", (int) board.indicators().get().stream().filter(c -> of(c, m)).count());
            contributions.put("resources", (int) board.resources().get().stream().filter(c -> of(c, m)).count());
            contributions.put("consolePages", board.pages().get().stream().filter(c -> of(c, m))
                    .mapToInt(c -> c.pages().size()).sum());
            contributions.put("mapMarkers", (int) board.markers().get().stream().filter(c -> of(c, m)).count());
            contributions.put("exchangeRecordTypes", board.exchange().get().stream().filter(c -> of(c, m))
                    .mapToInt(c -> c.recordTypes().size()).sum());
            out.add(new ModuleInfo(m.id(), m.nameZh(), m.nameEn(), m.version(), m.subcommittee(), m.industryCodes(),
                    contributions));
        }
        out.sort(Comparator.comparing(ModuleInfo::id));
        return out;
    }

    @Override
    public List<Checklist> checklists(String moduleId) {
        return board.checklists().get().stream()
                .filter(p -> moduleId == null || moduleId.equals(p.moduleId()))
                .flatMap(p -> p.checklists().stream())
                .sorted(Comparator.comparing(Checklist::moduleId).thenComparing(Checklist::id))
                .toList();
    }

    @Override
    public List<ConsolePage> consolePages(String moduleId) {
        return board.pages().get().stream()
                .filter(p -> moduleId == null || moduleId.equals(p.moduleId()))
                .flatMap(p -> p.pages().stream())
                .sorted(Comparator.comparing(ConsolePage::moduleId).thenComparing(ConsolePage::id))
                .toList();
    }

    @Override
    public Optional<java.io.InputStream> consoleAsset(String moduleId, String path) {
        if (path == null || path.contains("..") || !ASSET.matcher(path).matches()) {
            return Optional.empty();
        }
        return board.pages().get().stream().filter(p -> p.moduleId().equals(moduleId))
                .map(p -> p.asset(path)).flatMap(Optional::stream).findFirst();
    }

    @Override
    public List<org.anjian.api.spi.MapMarker> mapMarkers(AnjianPrincipal caller) {
        List<org.anjian.api.spi.MapMarker> out = new ArrayList<>();
        for (org.anjian.api.spi.MapMarkerProvider p : board.markers().get()) {
            try {
                out.addAll(p.markers(caller));
            } catch (RuntimeException e) {
                // one domain's failure must not blank the county map
                org.slf4j.LoggerFactory.getLogger(ModuleRegistry.class)
                        .warn("Map markers of module {} failed: {}", p.moduleId(), e.toString());
            }
        }
        return out;
    }

    @Override
    public Optional<EnterpriseRisk> risk(AnjianPrincipal caller, String creditCode) {
        Optional<Enterprise> enterprise = enterprises.find(caller, creditCode);
        if (enterprise.isEmpty()) {
            return Optional.empty();
        }
        EnterpriseRiskFacts f = facts.read(enterprise.get());
        List<IndicatorScore> scores = new ArrayList<>();
        for (RiskIndicator indicator : board.indicators().get()) {
            indicator.score(f).ifPresent(scores::add);
        }
        scores.sort(Comparator.comparingInt(IndicatorScore::points).reversed());
        return Optional.of(new EnterpriseRisk(creditCode, enterprise.get().riskColour(), f, scores, explain(f, scores)));
    }

    /** A plain-language summary for the console: the graded colour and what weighs most. */
    static String explain(EnterpriseRiskFacts f, List<IndicatorScore> scores) {
        StringBuilder s = new StringBuilder("风险等级: ").append(colourName(f.enterprise().riskColour().name()))
                .append("; 未整改隐患 ").append(f.openGeneralHazards() + f.openMajorHazards())
                .append(" 项 (其中重大隐患 ").append(f.openMajorHazards()).append(" 项, 逾期 ")
                .append(f.overdueHazards()).append(" 项); 近一年登记隐患 ").append(f.hazardsLast365Days()).append(" 项");
        if (!scores.isEmpty()) {
            IndicatorScore top = scores.get(0);
            s.append("; 主要风险因素: ").append(top.name()).append(" (").append(top.points()).append(" 分): ")
                    .append(top.explanation());
        }
        return s.toString();
    }

    private static String colourName(String colour) {
        return switch (colour) {
            case "RED" -> "红 (重大风险)";
            case "ORANGE" -> "橙 (较大风险)";
            case "YELLOW" -> "黄 (一般风险)";
            default -> "蓝 (低风险)";
        };
    }

    private static boolean of(ModuleContribution c, IndustryModule m) {
        return m.id().equals(c.moduleId());
    }
}
