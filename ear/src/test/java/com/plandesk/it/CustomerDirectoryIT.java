package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the right customer: by name, ID, e-mail or phone in any common format. */
class CustomerDirectoryIT extends PlanDeskIT {

    @Test
    void findsJohnSmithByEachKey() {
        assertThat(labels("John Smith")).contains("John Smith (ID: 123)");
        assertThat(labels("smi")).contains("John Smith (ID: 123)");
        assertThat(labels("123")).containsExactly("John Smith (ID: 123)");
        assertThat(labels("john.smith@example.com")).containsExactly("John Smith (ID: 123)");
        assertThat(labels("+1234567890")).containsExactly("John Smith (ID: 123)");
    }

    @Test
    void theCommonPhoneFormatsFindTheSameCustomer() {
        for (String phone : List.of("+44 7700 900456", "07700 900456", "447700900456", "07700900456")) {
            assertThat(labels(phone)).as(phone).containsExactly("John Doe (ID: 456)");
        }
    }

    @Test
    void namesMatchWithoutCaseOrAccents() {
        JsonObject created = agent.post("customers", """
                {"type": "INDIVIDUAL", "name": "José Müller", "email": "jose.muller@example.com",
                 "phone": "07700 900999", "paymentMethodValid": true}""").json();
        long id = created.getJsonNumber("id").longValue();

        assertThat(ids("jose muller")).contains(id);
        assertThat(ids("MÜLLER")).contains(id);
        assertThat(ids("+44 7700 900999")).containsExactly(id);
    }

    @Test
    void aBusinessCustomerKeepsItsSitesContactsAndCustomFields() {
        Api.Answer created = agent.post("customers", """
                {"type": "BUSINESS", "name": "Acme Widgets Ltd", "email": "accounts@acme-widgets.example",
                 "phone": "+44 20 7946 0999", "paymentMethodValid": true,
                 "sites": [{"name": "Leeds Depot", "address": "1 Canal St"}],
                 "contacts": [{"name": "Ann Lee", "email": "ann@acme-widgets.example", "role": "BILLING"}],
                 "customFields": {"accountNumber": "ACC-999", "poNumber": "PO-1"}}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject customer = agent.get("customers/" + created.json().getJsonNumber("id")).json();
        assertThat(customer.getJsonArray("sites").getJsonObject(0).getString("label")).isEqualTo("Leeds Depot - 1 Canal St");
        assertThat(customer.getJsonArray("contacts").getJsonObject(0).getString("role")).isEqualTo("BILLING");
        assertThat(customer.getString("accountNumber")).isEqualTo("ACC-999");
    }

    @Test
    void anInvalidCustomerIsRefusedAndNotCreated() {
        long before = Database.count("select count(*) from customer");

        Api.Answer noName = agent.post("customers", "{\"type\": \"INDIVIDUAL\", \"email\": \"x@example.com\"}");
        Api.Answer badEmail = agent.post("customers", "{\"type\": \"INDIVIDUAL\", \"name\": \"X\", \"email\": \"not-an-email\"}");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().getString("field")).isEqualTo("name");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().getString("message")).contains("e-mail");
        assertThat(Database.count("select count(*) from customer")).isEqualTo(before);
    }

    @Test
    void aCustomersServicesAreListedByServiceType() {
        long newCustomer = agent.post("customers", "{\"type\": \"INDIVIDUAL\", \"name\": \"Nina New\"}").json()
                .getJsonNumber("id").longValue();

        assertThat(agent.get("customers/" + newCustomer + "/services").array()).isEmpty();
        assertThat(agent.get("customers/456/services?serviceType=INTERNET").array().getValuesAs(JsonObject.class))
                .allMatch(s -> s.getString("serviceType").equals("INTERNET"));
        assertThat(agent.get("customers/999999/services").status()).isEqualTo(404);
        assertThat(agent.get("customers/456/services?serviceType=RADIO").status()).isEqualTo(400);
    }

    private List<String> labels(String query) {
        return agent.get("customers?q=" + Api.encode(query)).array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("label")).toList();
    }

    private List<Long> ids(String query) {
        return agent.get("customers?q=" + Api.encode(query)).array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }
}
