package am.haven.match.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Strict UTF-8. */
final class Csv {
    private Csv() {}

    /** A parsed file: header and rows, each row with the line number it started on. */
    record Table(Path file, List<String> header, List<String[]> rows, List<Integer> lines) {
        int column(String name) {
            for (int i = 0; i < header.size(); i++) if (header.get(i).equals(name)) return i;
            return -1;
        }
    }

    /** Reads a whole file; throws {@link InputException} naming file, line and column on any problem. */
    static Table read(Path file) {
        if (!Files.isRegularFile(file)) throw new InputException(file + ": no such file");
        try (InputStream in = Files.newInputStream(file)) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            return parse(file, r);
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not valid UTF-8 text");
        } catch (java.io.UncheckedIOException e) {
            throw new InputException(file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private static Table parse(Path file, BufferedReader r) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> header = null;
        int line = 0;
        String text;
        while ((text = r.readLine()) != null) {
            line++;
            int start = line;
            if (line == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
            List<String> fields = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false, wasQuoted = false;
            int i = 0;
            while (true) {
                if (i >= text.length()) {
                    if (quoted) {
                        String next = r.readLine();
                        if (next == null) throw new InputException(file + ":" + start + ": unterminated quoted field");
                        line++;
                        cur.append('\n');
                        text = next;
                        i = 0;
                        continue;
                    }
                    fields.add(wasQuoted ? cur.toString() : cur.toString().trim());
                    break;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') { cur.append('"'); i++; }
                        else quoted = false;
                    } else cur.append(c);
                } else if (c == '"' && cur.toString().isBlank()) {
                    cur.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(wasQuoted ? cur.toString() : cur.toString().trim());
                    cur.setLength(0);
                    wasQuoted = false;
                } else if (wasQuoted && !Character.isWhitespace(c)) {
                    throw new InputException(file + ":" + line + ": column " + (fields.size() + 1)
                            + ": text after a closing quote");
                } else if (!wasQuoted) cur.append(c);
            }
            if (header == null) {
                header = fields.stream().map(String::trim).toList();
                for (int h = 0; h < header.size(); h++) {
                    if (header.get(h).isEmpty()) throw new InputException(file + ":1: column " + (h + 1) + " has no name");
                    if (header.indexOf(header.get(h)) != h)
                        throw new InputException(file + ":1: column name '" + header.get(h) + "' appears twice");
                }
                continue;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) continue; // blank line
            if (fields.size() != header.size()) {
                throw new InputException(file + ":" + start + ": " + fields.size() + " columns, header has "
                        + header.size());
            }
            rows.add(fields.stream().map(String::trim).toArray(String[]::new));
            lines.add(start);
        }
        if (header == null) throw new InputException(file + ": empty file, a header line is needed");
        return new Table(file, header, rows, lines);
    }

    static void writeRow(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) w.write(',');
            w.write(quote(fields[i]));
        }
        w.write('\n');
    }

    static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
