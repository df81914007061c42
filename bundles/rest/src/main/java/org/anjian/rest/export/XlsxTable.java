package org.anjian.rest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an Excel workbook written as the rows come (POI's streaming workbook keeps a window of rows in
 * memory, not the whole export): a bold header row, frozen, with an auto-filter; text, numbers and dates as cells
 * of their type.
 *
 * @param <T> the row type
 */
public final class XlsxTable<T> {
    /** A column: its header, its width in characters, and its value of a row (String, Number, LocalDate, Boolean). */
    public record Column<T>(String header, int width, Function<T, Object> value) {
    }

    private static final int WINDOW = 200;
    private final String sheetName;
    private final List<Column<T>> columns;

    public XlsxTable(String sheetName, List<Column<T>> columns) {
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
    }

    /** Writes the workbook to {@code out}; {@code rows} hands each row to the given sink, in order. */
    public int write(OutputStream out, Consumer<Consumer<T>> rows) throws IOException {
        // POI and XMLBeans find their schema types through the thread's context class loader
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SXSSFWorkbook.class.getClassLoader());
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            book.setCompressTempFiles(true);
            SXSSFSheet sheet = book.createSheet(sheetName);
            CellStyle header = headerStyle(book);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] count = {0};
            rows.accept(item -> {
                Row row = sheet.createRow(++count[0]);
                for (int c = 0; c < columns.size(); c++) {
                    set(row.createCell(c), columns.get(c).value().apply(item), date);
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count[0], 1), 0, columns.size() - 1));
            book.write(out);
            return count[0];
        } finally {
            book.dispose();
            book.close();
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void set(Cell cell, Object value, CellStyle date) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle s = book.createCellStyle();
        s.setFont(bold);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }
}
