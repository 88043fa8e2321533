package am.haven.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of an uploaded table, CSV or the first sheet of an XLSX workbook, as text exactly as a
 * person sees it in the spreadsheet. Row 0 is the header. A CSV is read as UTF-8 (a byte-order mark
 * tolerated) when it is valid UTF-8; otherwise its encoding is recognised (ICU's detector): Excel
 * on a Russian Windows saves "CSV" in Windows-1251, which read as UTF-8 lost every Cyrillic letter.
 */
public final class Spreadsheet {

    private Spreadsheet() {}

    /** Reads the file's rows; a file that is neither readable CSV nor XLSX is a problem on {@code file}. */
    public static List<List<String>> read(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || name.endsWith(".xls");
        try {
            return workbook ? readWorkbook(in) : readCsv(in);
        } catch (InvalidRequestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InvalidRequestException.of("file", "cannot be read as " + (workbook ? "XLSX" : "CSV")
                    + ": " + e.getMessage());
        }
    }

    /** The spreadsheet letter of a zero-based column: 0 → A, 27 → AB. */
    public static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** True for the HXL hashtag row some exports carry under the header. */
    public static boolean isHashtagRow(List<String> row) {
        return row.stream().anyMatch(v -> !v.isBlank())
                && row.stream().filter(v -> !v.isBlank()).allMatch(v -> v.strip().startsWith("#"));
    }

    /** Legacy encodings a CSV from a Russian, Armenian or Western Windows or Excel is saved in. */
    private static final java.util.Set<String> LEGACY = java.util.Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "windows-1252", "ISO-8859-1");

    /** The text of a CSV file's bytes, and the encoding it was read in. */
    record Decoded(String text, java.nio.charset.Charset charset) {}

    static Decoded decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
            detector.setText(bytes);
            for (com.ibm.icu.text.CharsetMatch m : detector.detectAll()) {
                if (LEGACY.contains(m.getName())) {
                    java.nio.charset.Charset charset = java.nio.charset.Charset.forName(m.getName());
                    return new Decoded(new String(bytes, charset), charset);
                }
            }
            throw InvalidRequestException.of("file", "is not UTF-8 and its encoding was not recognised; "
                    + "save it from the spreadsheet as \"CSV UTF-8\"");
        }
    }

    private static List<List<String>> readCsv(InputStream in) throws IOException {
        Reader reader = new java.io.StringReader(decode(in.readAllBytes()).text());
        List<List<String>> cells = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<String> row = new ArrayList<>();
            r.forEach(row::add);
            cells.add(row);
        }
        if (!cells.isEmpty() && !cells.get(0).isEmpty()) {
            cells.get(0).set(0, cells.get(0).get(0).replace("\uFEFF", ""));
        }
        return cells;
    }

    private static List<List<String>> readWorkbook(InputStream in) throws IOException {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> cells = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                cells.add(values);
            }
            return cells;
        }
    }
}
