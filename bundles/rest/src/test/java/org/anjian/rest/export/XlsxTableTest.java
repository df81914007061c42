package org.anjian.rest.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.anjian.rest.export.XlsxTable.Column;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook an export writes, read back with POI as a spreadsheet program would. */
class XlsxTableTest {
    record Line(String name, Long id, LocalDate deadline, Boolean overdue, String note) {
    }

    static final XlsxTable<Line> TABLE = new XlsxTable<>("隐患台账", List.of(
            new Column<Line>("企业名称", 30, Line::name),
            new Column<Line>("隐患编号", 10, Line::id),
            new Column<Line>("整改期限", 12, Line::deadline),
            new Column<Line>("是否逾期", 10, Line::overdue),
            new Column<Line>("备注", 400, Line::note)));

    @Test
    void headerRowsAndTypedCellsAreWrittenInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = TABLE.write(out, sink -> {
            sink.accept(new Line("示范县化工有限公司", 42L, LocalDate.of(2026, 12, 31), true, null));
            sink.accept(new Line("=HYPERLINK(\"http://x\")", 7L, null, false, "+1"));
        });
        assertThat(rows).isEqualTo(2);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("隐患台账");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row head = sheet.getRow(0);
            assertThat(List.of(0, 1, 2, 3, 4)).extracting(c -> head.getCell(c).getStringCellValue())
                    .containsExactly("企业名称", "隐患编号", "整改期限", "是否逾期", "备注");
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header stays in view").isTrue();
            assertThat(sheet.getColumnWidth(4)).as("widths are capped at 255 characters").isEqualTo(255 * 256);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("示范县化工有限公司");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(42.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("是");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.BLANK);

            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).as("text that looks like a formula stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("否");
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void anEmptyExportIsAWorkbookWithItsHeaderOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(TABLE.write(out, sink -> { })).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名称");
        }
    }

    @Test
    void allPagesReadsEveryPageAndStopsAtTheTotal() {
        List<Integer> data = java.util.stream.IntStream.range(0, 1234).boxed().toList();
        List<Integer> seen = new java.util.ArrayList<>();
        int[] queries = {0};
        Exports.allPages(page -> {
            queries[0]++;
            int to = Math.min(data.size(), page.offset() + page.limit());
            return new org.anjian.api.common.Page<>(data.subList(Math.min(page.offset(), to), to), data.size());
        }).accept(seen::add);
        assertThat(seen).isEqualTo(data);
        assertThat(queries[0]).isEqualTo((1234 + org.anjian.api.common.PageRequest.MAX_LIMIT - 1)
                / org.anjian.api.common.PageRequest.MAX_LIMIT);
    }

    @Test
    void labelsAreTheConsolesChineseNames() {
        assertThat(Labels.of("riskColour", "RED")).isEqualTo("红色（重大风险）");
        assertThat(Labels.of("hazardStatus", "CLOSED")).isEqualTo("已销号");
        assertThat(Labels.of("riskColour", null)).isNull();
        assertThat(Labels.all()).containsKeys("riskColour", "hazardStatus", "hazardGrade", "supervision", "hazardSource");
        // every value of the platform's enumerations has its label (a new value without one would show as a code)
        java.util.Map<String, Class<? extends Enum<?>>> enums = java.util.Map.of(
                "riskColour", org.anjian.api.enterprise.RiskColour.class,
                "hazardStatus", org.anjian.api.hazard.HazardStatus.class,
                "hazardGrade", org.anjian.api.hazard.HazardGrade.class,
                "hazardSource", org.anjian.api.hazard.HazardSource.class,
                "supervision", org.anjian.api.hazard.Supervision.class,
                "hazardAction", org.anjian.api.hazard.HazardAction.class,
                "assessment", org.anjian.api.enterprise.Assessment.class,
                "standardizationGrade", org.anjian.api.enterprise.StandardizationGrade.class,
                "regionLevel", org.anjian.api.region.RegionLevel.class);
        enums.forEach((dictionary, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(Labels.all().get(dictionary)).as(dictionary).containsKey(value.name());
            }
        });
    }
}
