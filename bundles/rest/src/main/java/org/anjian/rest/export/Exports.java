package org.anjian.rest.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.hazard.Hazard;
import org.anjian.rest.export.XlsxTable.Column;

/**
 * The Excel exports of the lists: the same service, the same filters and the same jurisdiction as the list, read
 * page by page while the workbook streams out.
 */
public final class Exports {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The most rows one export reads. */
    public static final int MAX_ROWS = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Exports() {
    }

    /**
     * Every row of a paged query, in pages of the largest size: by key ({@code after} the previous page's {@code next})
     * where the list pages by key, so that the thousandth page costs what the first does; by offset otherwise.
     */
    public static <T> Consumer<Consumer<T>> allPages(Function<PageRequest, Page<T>> query) {
        return sink -> {
            int offset = 0;
            int read = 0;
            String after = null;
            while (read < MAX_ROWS) {
                Page<T> page = query.apply(after == null ? new PageRequest(offset, PageRequest.MAX_LIMIT)
                        : new PageRequest(0, PageRequest.MAX_LIMIT, after));
                page.items().forEach(sink);
                read += page.items().size();
                if (page.next() != null) {
                    after = page.next();
                } else if (after != null || !page.hasMoreAfter(offset)) {
                    return;
                } else {
                    offset += page.items().size();
                }
            }
        };
    }

    /**
     * A download of every record a paged query gives, the workbook streaming as it is written. The query runs once
     * first, so that refused filters answer before the download starts and the headers can say how many records the
     * filters select and how many rows the workbook holds (at most {@link #MAX_ROWS}); a list counted up to its cap
     * says so ({@code X-Total-Exact: false}, the total a lower bound) and leaves the row count out.
     */
    public static <T> Response download(String baseName, XlsxTable<T> table, Function<PageRequest, Page<T>> query) {
        Page<T> first = query.apply(new PageRequest(0, 1));
        long total = first.total();
        Consumer<Consumer<T>> rows = allPages(query);
        StreamingOutput body = out -> table.write(out, rows);
        String name = baseName + "-" + LocalDate.now(ZONE) + ".xlsx";
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .header("X-Total-Count", total)
                .header("X-Total-Exact", first.totalExact())
                // the rows the workbook holds, when the count is exact (a capped count says only "at least")
                .header("X-Export-Rows", first.totalExact() ? String.valueOf(Math.min(total, MAX_ROWS)) : null)
                .build();
    }

    public static XlsxTable<Enterprise> enterprises(Map<String, String> regionNames) {
        return new XlsxTable<>("一企一档", List.of(
                new Column<Enterprise>("统一社会信用代码", 22, Enterprise::creditCode),
                new Column<Enterprise>("企业名称", 36, Enterprise::name),
                new Column<Enterprise>("行业代码", 10, Enterprise::industryCode),
                new Column<Enterprise>("所属乡镇（街道）", 18, e -> township(regionNames, e.regionCode())),
                new Column<Enterprise>("村（社区）", 14, e -> regionNames.get(e.regionCode())),
                new Column<Enterprise>("行政区划代码", 15, Enterprise::regionCode),
                new Column<Enterprise>("网格", 18, e -> e.gridCode() == null ? null
                        : regionNames.getOrDefault(e.gridCode(), e.gridCode())),
                new Column<Enterprise>("风险等级", 16, e -> Labels.of("riskColour", e.riskColour())),
                new Column<Enterprise>("全要素评价", 10, e -> Labels.of("assessment", e.assessment())),
                new Column<Enterprise>("标准化等级", 10, e -> Labels.of("standardizationGrade", e.standardizationGrade())),
                new Column<Enterprise>("监管部门", 30, e -> String.join("、", e.supervisingDepartments())),
                new Column<Enterprise>("包保责任人", 30, e -> String.join("、", e.guarantors().stream()
                        .map(Exports::guarantor).toList())),
                new Column<Enterprise>("地址", 40, Enterprise::address)));
    }

    public static XlsxTable<Hazard> hazards(Map<String, String> regionNames) {
        return new XlsxTable<>("隐患台账", List.of(
                new Column<Hazard>("隐患编号", 10, Hazard::id),
                new Column<Hazard>("企业名称", 32, Hazard::enterpriseName),
                new Column<Hazard>("统一社会信用代码", 22, Hazard::enterpriseCreditCode),
                new Column<Hazard>("所属乡镇（街道）", 18, h -> township(regionNames, h.regionCode())),
                new Column<Hazard>("隐患等级", 10, h -> Labels.of("hazardGrade", h.grade())),
                new Column<Hazard>("隐患类别", 16, Hazard::category),
                new Column<Hazard>("隐患描述", 50, Hazard::description),
                new Column<Hazard>("来源", 14, h -> Labels.of("hazardSource", h.source())),
                new Column<Hazard>("状态", 10, h -> Labels.of("hazardStatus", h.status())),
                new Column<Hazard>("督办", 10, h -> Labels.of("supervision", h.supervision())),
                new Column<Hazard>("整改期限", 12, Hazard::deadline),
                new Column<Hazard>("是否逾期", 10, Hazard::overdue),
                new Column<Hazard>("整改责任单位", 20, Hazard::assignee),
                new Column<Hazard>("登记时间", 17, h -> time(h.registeredAt())),
                new Column<Hazard>("登记人", 14, Hazard::registeredBy),
                new Column<Hazard>("销号时间", 17, h -> time(h.closedAt()))));
    }

    private static String township(Map<String, String> names, String regionCode) {
        return regionCode == null || regionCode.length() < 9 ? null : names.get(regionCode.substring(0, 9) + "000");
    }

    private static String guarantor(Guarantor g) {
        return g.name() + (g.position() == null || g.position().isBlank() ? "" : "（" + g.position() + "）");
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at);
    }
}
