package com.plandesk.bulk;

import com.plandesk.kernel.PlanDeskException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The bulk CSV format (ARCHITECTURE.md): UTF-8, a header row, one assignment per row. Checks a whole file
 * before anything runs, reads its rows, and writes rejected rows back out so they can be fixed and uploaded.
 * About 300 lines: the format is kept in one place, from the bytes to the rows' keys and back to a rejects file.
 */
public final class BulkCsv {

    public static final String CUSTOMER = "customer";
    public static final String PRODUCT = "product";
    public static final String AUTO_RENEW = "auto_renew";
    public static final String SERVICE = "service";
    public static final String SITE = "site";
    public static final String BILLING_CONTACT = "billing_contact";
    public static final String TECHNICAL_CONTACT = "technical_contact";
    public static final String PO_NUMBER = "po_number";
    public static final String INVENTORY = "inventory:";
    public static final String FIELD = "field:";
    /** The column the rejects file adds. */
    public static final String REASON = "reason";

    static final List<String> COLUMNS = List.of(CUSTOMER, PRODUCT, AUTO_RENEW, SERVICE, SITE, BILLING_CONTACT,
            TECHNICAL_CONTACT, PO_NUMBER);
    /** Columns the template settings may fill: everything but who gets it and which items. */
    public static final List<String> DEFAULTABLE = List.of(PRODUCT, AUTO_RENEW, SERVICE, SITE, BILLING_CONTACT,
            TECHNICAL_CONTACT, PO_NUMBER);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    private static final String FORMULA_START = "=+-@\t\r";

    private BulkCsv() {
    }

    /** A data row: its line in the file (the header is line 1), its cells by column, and its text. */
    public record Row(int line, Map<String, String> cells, String source) {
    }

    /**
     * Strict UTF-8 (a byte-order mark is dropped). Bytes that are not UTF-8 are refused with the line they are
     * on: a spreadsheet saved as "CSV" in a legacy code page would otherwise turn names into mojibake.
     */
    public static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0, length; i < bytes.length && (length = sequenceLength(bytes, i)) > 0; i += length) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw PlanDeskException.invalid("file", "The file is not UTF-8 text (line " + line
                    + " has bytes that are not): save it as \"CSV UTF-8\" and upload it again.");
        }
    }

    /** The length of the UTF-8 sequence at i, or 0 when the bytes there are not UTF-8. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    /**
     * Checks the whole file — header, columns, quotes, cell counts — and reads every row, so that a file that
     * cannot be read is refused before anything runs. Returns the number of rows.
     *
     * @param templates the inventory templates that exist, for the {@code inventory:} columns
     * @param defaults  the template settings: columns the file may lack
     */
    public static int check(String text, Collection<String> templates, Map<String, String> defaults) {
        if (text.isBlank()) {
            throw PlanDeskException.invalid("file", "The file is empty: it needs a header row (customer,product,…) "
                    + "and one row per assignment.");
        }
        int[] rows = {0};
        read(text, 0, header -> checkHeader(header, templates, defaults), row -> rows[0]++);
        if (rows[0] == 0) {
            throw PlanDeskException.invalid("file", "The file has a header but no rows: add one row per assignment.");
        }
        return rows[0];
    }

    private static void checkHeader(List<String> header, Collection<String> templates, Map<String, String> defaults) {
        if (header.size() == 1 && header.get(0).matches(".*[;\\t|].*")) {
            char delimiter = header.get(0).replaceAll("[^;\\t|]", "").charAt(0);
            throw PlanDeskException.invalid("file", "The header is one column '" + header.get(0) + "': the file seems "
                    + "to use " + (delimiter == '\t' ? "tabs" : "'" + delimiter + "'") + " between columns — "
                    + "save it with commas.");
        }
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw PlanDeskException.invalid("file", "The column '" + column + "' is in the header twice.");
            }
            boolean known = COLUMNS.contains(column) || column.equals(REASON)
                    || column.startsWith(FIELD) && column.length() > FIELD.length()
                    || column.startsWith(INVENTORY) && templates.contains(column.substring(INVENTORY.length()));
            if (!known) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            throw PlanDeskException.invalid("file", "Unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(c -> "'" + c + "'").toList()) + ". The columns are "
                    + String.join(", ", COLUMNS) + ", inventory:<template> (" + String.join(", ", templates)
                    + ") and field:<name>.");
        }
        if (!header.contains(CUSTOMER)) {
            throw PlanDeskException.invalid("file", "The header has no 'customer' column: every row names its "
                    + "customer by ID, e-mail or phone.");
        }
        if (!header.contains(PRODUCT) && defaults.get(PRODUCT) == null) {
            throw PlanDeskException.invalid("file", "The header has no 'product' column: add one, or choose the "
                    + "product in the template settings.");
        }
    }

    /**
     * Reads the rows after {@code skip} rows (a restarted job skips what its checkpoint says is done).
     * A {@code '} that the rejects file put before =, +, - or @ is taken off again.
     */
    public static void read(String text, int skip, Consumer<List<String>> header, Consumer<Row> rows) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw PlanDeskException.invalid("file", "The file is empty: it needs a header row.");
            }
            List<String> columns = records.next().stream().map(c -> c.trim().toLowerCase().startsWith(INVENTORY)
                    || c.trim().toLowerCase().startsWith(FIELD) ? prefixLower(c.trim()) : c.trim().toLowerCase())
                    .toList();
            header.accept(columns);
            int index = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (index++ < skip) {
                    continue;
                }
                int line = (int) record.getRecordNumber();
                if (record.size() > columns.size()) {
                    throw PlanDeskException.invalid("file", "Line " + line + " has " + record.size()
                            + " cells but the header has " + columns.size() + " columns: check its commas and quotes.");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).equals(REASON)) {
                        continue; // a rejects file uploaded again: the reason is not part of the row
                    }
                    cells.put(columns.get(i), i < record.size() ? unescape(record.get(i)) : "");
                }
                rows.accept(new Row(line, cells, print(record.values())));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw PlanDeskException.invalid("file", "The file cannot be read as CSV: " + readable(e)
                    + " — check that every opening quote is closed.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "inventory:SIM Card" keeps its template name's case; only the prefix is lower-cased. */
    private static String prefixLower(String column) {
        int colon = column.indexOf(':');
        return column.substring(0, colon + 1).toLowerCase() + column.substring(colon + 1).trim();
    }

    private static String readable(RuntimeException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        // commons-csv: "(line 7) EOF reached before encapsulated token finished"
        return message.replace("EOF reached before encapsulated token finished", "a quoted cell is never closed")
                .replace("IOException reading next record: java.io.IOException: ", "");
    }

    private static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** A cell a spreadsheet would run as a formula gets a leading ' (CSV injection). */
    static String escape(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String print(String[] cells) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
            printer.printRecord((Object[]) cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rejects file: the header plus a reason column, then each rejected row with its reason, escaped. */
    static String rejects(List<String> header, List<Map.Entry<String, String>> rowsAndReasons) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            int oldReason = header.indexOf(REASON); // a rejects file that was uploaded again
            List<String> columns = new ArrayList<>(header);
            if (oldReason >= 0) {
                columns.remove(oldReason);
            }
            columns.add(REASON);
            printer.printRecord(columns);
            for (Map.Entry<String, String> rejected : rowsAndReasons) {
                List<String> cells = new ArrayList<>();
                try (CSVParser parser = CSVParser.parse(rejected.getKey(), FORMAT)) {
                    parser.iterator().next().forEach(cells::add);
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                if (oldReason >= 0) {
                    cells.remove(oldReason);
                }
                cells.add(rejected.getValue());
                printer.printRecord(cells.stream().map(BulkCsv::escape).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The row's idempotency key: its cells (template settings applied, columns in a fixed order) and how
     * many identical rows came before it in the file. The same file uploaded again gives the same keys; 500
     * identical rows for one business customer give 500 different ones.
     */
    public static String key(Map<String, String> cells, int occurrence) {
        StringBuilder content = new StringBuilder();
        new TreeMap<>(cells).forEach((column, value) -> content.append(column).append('=')
                .append(value == null ? "" : value.trim()).append('\n'));
        content.append('#').append(occurrence);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows of a checked file as the job works on them: the template settings fill the blanks (here, and
     * nowhere else), and each row gets its idempotency key.
     */
    public static List<BulkRow> rows(String text, Map<String, String> defaults) {
        List<BulkRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        read(text, 0, header -> { }, row -> {
            Map<String, String> cells = new LinkedHashMap<>(row.cells());
            defaults.forEach((column, value) -> {
                String cell = cells.get(column);
                if (cell == null || cell.isBlank()) {
                    cells.put(column, value);
                }
            });
            int occurrence = seen.merge(key(cells, 0), 1, Integer::sum);
            rows.add(new BulkRow(row.line(), row.source(), cells, key(cells, occurrence)));
        });
        return rows;
    }
}
