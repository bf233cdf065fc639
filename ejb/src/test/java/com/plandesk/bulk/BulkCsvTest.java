package com.plandesk.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plandesk.kernel.PlanDeskException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkCsvTest {

    private static final List<String> TEMPLATES = List.of("SIM Card", "Mobile Number", "CPE Modem");

    private static int check(String text) {
        return BulkCsv.check(text, TEMPLATES, Map.of());
    }

    private static List<BulkRow> rows(String text) {
        return BulkCsv.rows(text, Map.of());
    }

    @Test
    void countsTheRowsOfAGoodFileWithItsLineNumbers() {
        String file = "customer,product,auto_renew,inventory:SIM Card,field:Cost centre\n"
                + "123,mobile-20gb,yes,SIM-00123,CC-1\n\n456,mobile-20gb,no,,\n";
        assertThat(check(file)).isEqualTo(2);
        List<BulkRow> rows = rows(file);
        assertThat(rows).extracting(BulkRow::line).containsExactly(2, 3);
        assertThat(rows.get(0).cell("inventory:SIM Card")).isEqualTo("SIM-00123");
        assertThat(rows.get(0).cell("field:Cost centre")).isEqualTo("CC-1");
        assertThat(rows.get(1).cell("inventory:SIM Card")).isNull();
    }

    @Test
    void refusesEmptyFilesAndHeadersWithoutRows() {
        assertThatThrownBy(() -> check("  \n")).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> check("customer,product\n")).hasMessageContaining("header but no rows");
    }

    @Test
    void namesUnknownColumnsAndTheOnesThatExist() {
        assertThatThrownBy(() -> check("customer,product,colour,inventory:Router\n1,x,red,R1\n"))
                .isInstanceOf(PlanDeskException.class)
                .hasMessageContaining("Unknown columns 'colour', 'inventory:Router'")
                .hasMessageContaining("inventory:<template> (SIM Card, Mobile Number, CPE Modem)");
    }

    @Test
    void recognisesAnotherDelimiter() {
        assertThatThrownBy(() -> check("customer;product;auto_renew\n123;mobile-20gb;yes\n"))
                .hasMessageContaining("seems to use ';'").hasMessageContaining("save it with commas");
        assertThatThrownBy(() -> check("customer\tproduct\n123\tmobile-20gb\n")).hasMessageContaining("tabs");
    }

    @Test
    void needsTheCustomerAndAProductFromTheFileOrTheTemplateSettings() {
        assertThatThrownBy(() -> check("product\nmobile-20gb\n")).hasMessageContaining("no 'customer' column");
        assertThatThrownBy(() -> check("customer\n123\n")).hasMessageContaining("no 'product' column");
        assertThat(BulkCsv.check("customer\n123\n", TEMPLATES, Map.of("product", "mobile-20gb"))).isEqualTo(1);
    }

    @Test
    void refusesAQuoteLeftOpenAndRowsWithTooManyCells() {
        assertThatThrownBy(() -> check("customer,product\n123,\"mobile-20gb\n456,mobile-20gb\n"))
                .hasMessageContaining("a quoted cell is never closed");
        assertThatThrownBy(() -> check("customer,product\n123,mobile-20gb,extra\n"))
                .hasMessageContaining("Line 2 has 3 cells but the header has 2 columns");
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLine() {
        byte[] latin1 = "customer,product\n123,mobile-20gb\nRené,mobile-20gb\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> BulkCsv.decode(latin1)).hasMessageContaining("not UTF-8 text (line 3");
        assertThat(BulkCsv.decode("\uFEFFcustomer,product\nRené,x\n".getBytes(StandardCharsets.UTF_8)))
                .startsWith("customer,product\nRené");
    }

    @Test
    void rejectsFileEscapesFormulasAndReadsBackTheSameCells() {
        String file = "customer,product,po_number\n+44 7700 900123,mobile-20gb,=HYPERLINK(\"x\")\n";
        BulkRow row = rows(file).get(0);
        String rejects = BulkCsv.rejects(List.of("customer", "product", "po_number"),
                List.of(Map.entry(row.source(), "@reason")));
        assertThat(rejects).contains("'+44 7700 900123", "'=HYPERLINK", "'@reason").startsWith(
                "customer,product,po_number,reason");
        BulkRow again = rows(rejects).get(0);
        assertThat(again.cells()).containsEntry("customer", "+44 7700 900123")
                .containsEntry("po_number", "=HYPERLINK(\"x\")").doesNotContainKey("reason");
    }

    @Test
    void theTemplateSettingsFillTheBlankCellsOnlyAndTheKeysSeeThem() {
        String file = "customer,product,auto_renew\n1,mobile-20gb,\n2,,no\n3,mobile-20gb,no\n";
        List<BulkRow> rows = BulkCsv.rows(file, Map.of("product", "mobile-5gb", "auto_renew", "yes"));
        assertThat(rows).extracting(row -> row.cell("product")).containsExactly("mobile-20gb", "mobile-5gb",
                "mobile-20gb");
        assertThat(rows).extracting(row -> row.cell("auto_renew")).containsExactly("yes", "no", "no");
        assertThat(rows.get(1).source()).as("the file's own text, for the rejects file").isEqualTo("2,,no");
        assertThat(BulkCsv.rows(file, Map.of()).get(0).key()).as("a setting changes what the row asks for")
                .isNotEqualTo(rows.get(0).key());
    }

    @Test
    void identicalRowsInAFileGetDifferentKeysAndTheSameFileTheSameOnes() {
        String file = "customer,product\n789,mobile-20gb\n789,mobile-20gb\n";
        List<BulkRow> rows = rows(file);
        assertThat(rows.get(0).key()).isNotEqualTo(rows.get(1).key());
        assertThat(rows(file)).extracting(BulkRow::key).containsExactly(rows.get(0).key(), rows.get(1).key());
    }

    @Test
    void identicalRowsGetDifferentKeysAndTheSameFileTheSameOnes() {
        Map<String, String> cells = Map.of("customer", "789", "product", "mobile-20gb");
        assertThat(BulkCsv.key(cells, 1)).isNotEqualTo(BulkCsv.key(cells, 2));
        assertThat(BulkCsv.key(cells, 1)).isEqualTo(BulkCsv.key(Map.of("product", "mobile-20gb", "customer", "789"), 1));
    }
}
