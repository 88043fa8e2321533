package am.haven.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportTable} as an XLSX workbook with the same rows as the CSV: header in row 1,
 * HXL hashtags in row 2, then data; counts as numbers, suppressed ones as the text {@code <5}.
 */
final class XlsxExport {

    private XlsxExport() {}

    static byte[] write(ReportTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.name());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            text(sheet.createRow(0), table.headers(), bold);
            text(sheet.createRow(1), table.hxlTags(), null);
            int r = 2;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) cell(row.createCell(c), values.get(c));
            }
            sheet.createFreezePane(0, 2);
            // Fixed widths: autoSizeColumn needs AWT font metrics, which headless servers may lack.
            for (int c = 0; c < table.columns().size(); c++) sheet.setColumnWidth(c, 22 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (style != null) cell.setCellStyle(style);
        }
    }

    private static void cell(Cell cell, Object value) {
        if (value == null) return;
        if (value instanceof ReportTable.Count c) {
            if (c.suppressed()) cell.setCellValue(c.published());
            else cell.setCellValue(c.value());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            // POI stores text as a string cell, never a formula, so no formula escaping is needed here.
            cell.setCellValue(value.toString());
        }
    }
}
