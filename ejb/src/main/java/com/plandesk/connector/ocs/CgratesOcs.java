package com.plandesk.connector.ocs;

import com.plandesk.kernel.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OCS client: CGRateS's JSON-RPC API over HTTP (APIerSv2.SetActions, APIerSv1.SetActionPlan, APIerSv2.SetAccount,
 * APIerSv1.ExecuteAction, APIerSv1.RemoveAccount, APIerSv2.GetAccount), every call bounded by the configured timeout. By default it
 * talks to the CGRateS-compatible simulator that ships with Plan Desk.
 */
@ApplicationScoped
public class CgratesOcs implements OcsConnector {

    /** Looked up once: {@code Json.create…} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final AtomicLong requestIds = new AtomicLong();
    // java.net.http never sends a POST twice by itself (HttpURLConnection may, on a kept-alive connection that
    // failed): an add-on's ExecuteAction must run once
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(Settings.ocsTimeoutMillis()))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Override
    public void setAccount(String account, String actionPlanId) {
        JsonObjectBuilder params = JSON.createObjectBuilder()
                .add("Tenant", Settings.ocsTenant())
                .add("Account", account)
                .add("ReloadScheduler", true);
        if (actionPlanId != null) {
            // Overwrite: a retried call leaves exactly this plan on the account.
            params.add("ActionPlanIDs", JSON.createArrayBuilder().add(actionPlanId)).add("ActionPlansOverwrite", true);
        }
        call("APIerSv2.SetAccount", params.build());
    }

    @Override
    public void executeAction(String account, String actionId) {
        call("APIerSv1.ExecuteAction", JSON.createObjectBuilder()
                .add("Tenant", Settings.ocsTenant())
                .add("Account", account)
                .add("ActionsId", actionId)
                .build());
    }

    /**
     * CGRateS's ExecuteAction has no idempotency key, so the action goes into a one-off action plan named by
     * the key, timed *asap: CGRateS runs an *asap plan's actions when an account joins the plan, and an account
     * that is already in it joins nothing (APIerSv2.SetAccount). Both calls can be repeated safely.
     */
    @Override
    public void executeActionOnce(String account, String actionId, String onceKey) {
        String actionPlanId = "AP_once_" + onceKey;
        call("APIerSv1.SetActionPlan", JSON.createObjectBuilder()
                .add("Id", actionPlanId)
                .add("ActionPlan", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("ActionsId", actionId)
                        .add("Time", "*asap")
                        .add("Weight", 10)))
                .add("Overwrite", true) // keeps the accounts already in the plan
                .add("ReloadScheduler", true)
                .build());
        call("APIerSv2.SetAccount", JSON.createObjectBuilder()
                .add("Tenant", Settings.ocsTenant())
                .add("Account", account)
                .add("ActionPlanIDs", JSON.createArrayBuilder().add(actionPlanId))
                .add("ActionPlansOverwrite", false) // the account keeps its auto-renew plan
                .add("ReloadScheduler", true)
                .build());
    }

    @Override
    public void setActions(String actionsId, List<OcsAction> actions) {
        var list = JSON.createArrayBuilder();
        for (OcsAction action : actions) {
            list.add(JSON.createObjectBuilder()
                    .add("Identifier", action.identifier())
                    .add("BalanceType", action.balanceType())
                    .add("Units", String.valueOf(action.units())) // APIerSv2 takes units as text
                    .add("Weight", 10));
        }
        call("APIerSv2.SetActions", JSON.createObjectBuilder()
                .add("ActionsId", actionsId)
                .add("Overwrite", true)
                .add("Actions", list)
                .build());
    }

    @Override
    public void setStartPlan(String actionPlanId, List<String> actionsIds) {
        var timings = JSON.createArrayBuilder();
        actionsIds.forEach(id -> timings.add(JSON.createObjectBuilder()
                .add("ActionsId", id)
                .add("Time", "*asap")
                .add("Weight", 10)));
        call("APIerSv1.SetActionPlan", JSON.createObjectBuilder()
                .add("Id", actionPlanId)
                .add("ActionPlan", timings)
                .add("Overwrite", true)
                .add("ReloadScheduler", true)
                .build());
    }

    @Override
    public void setDisabled(String account, boolean disabled) {
        call("APIerSv2.SetAccount", JSON.createObjectBuilder()
                .add("Tenant", Settings.ocsTenant())
                .add("Account", account)
                .add("ExtraOptions", JSON.createObjectBuilder().add("Disabled", disabled))
                .build());
    }

    @Override
    public void removeAccount(String account) {
        try {
            call("APIerSv1.RemoveAccount", JSON.createObjectBuilder()
                    .add("Tenant", Settings.ocsTenant())
                    .add("Account", account)
                    .add("ReloadScheduler", true)
                    .build());
        } catch (OcsException e) {
            if (!e.getMessage().endsWith("NOT_FOUND")) { // removed by an earlier attempt
                throw e;
            }
        }
    }

    @Override
    public OcsAccount account(String account) {
        JsonValue result = call("APIerSv2.GetAccount", JSON.createObjectBuilder()
                .add("Tenant", Settings.ocsTenant())
                .add("Account", account)
                .build());
        JsonObject found = result.asJsonObject();
        Map<String, Double> balances = new LinkedHashMap<>();
        JsonObject balanceMap = found.containsKey("BalanceMap") && !found.isNull("BalanceMap")
                ? found.getJsonObject("BalanceMap") : JsonValue.EMPTY_JSON_OBJECT;
        balanceMap.forEach((type, list) -> balances.put(type, ((JsonArray) list).getValuesAs(JsonObject.class).stream()
                .mapToDouble(b -> b.getJsonNumber("Value").doubleValue()).sum()));
        return new OcsAccount(found.getString("ID", account), found.getBoolean("Disabled", false), balances);
    }

    @Override
    public OcsHealth health() {
        long start = System.nanoTime();
        try {
            call("APIerSv1.Ping", JsonValue.EMPTY_JSON_OBJECT);
            return new OcsHealth(true, (System.nanoTime() - start) / 1_000_000, null);
        } catch (OcsException e) {
            return new OcsHealth(false, (System.nanoTime() - start) / 1_000_000, e.getMessage());
        }
    }

    private JsonValue call(String method, JsonObject params) {
        long id = requestIds.incrementAndGet();
        String body = JSON.createObjectBuilder()
                .add("method", method)
                .add("params", JSON.createArrayBuilder().add(params))
                .add("id", id)
                .build().toString();
        String url = Settings.ocsUrl();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMillis(Settings.ocsTimeoutMillis()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new OcsException("OCS did not answer " + method + " within " + Settings.ocsTimeoutMillis()
                    + " ms (" + url + ")", e);
        } catch (ConnectException e) {
            throw new OcsException("Could not connect to OCS at " + url + ": connection refused", e);
        } catch (IOException e) {
            throw new OcsException("Could not connect to OCS at " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcsException("Interrupted while calling OCS " + method, e);
        }
        if (response.statusCode() != 200) {
            throw new OcsException("OCS answered HTTP " + response.statusCode() + " to " + method + ": "
                    + abbreviate(response.body()));
        }
        JsonObject answer;
        try {
            answer = JSON.createReader(new StringReader(response.body())).readObject();
        } catch (RuntimeException e) {
            throw new OcsException("OCS answered " + method + " with something that is not JSON-RPC: "
                    + abbreviate(response.body()), e);
        }
        JsonValue error = answer.get("error");
        if (error != null && error.getValueType() != JsonValue.ValueType.NULL) {
            String text = error.getValueType() == JsonValue.ValueType.STRING
                    ? answer.getString("error") : error.toString();
            throw new OcsException("OCS refused " + method + ": " + text);
        }
        JsonValue answeredId = answer.get("id");
        if (!(answeredId instanceof JsonNumber number) || number.longValue() != id) {
            throw new OcsException("OCS answered " + method + " for another request (id " + answeredId + ")");
        }
        return answer.get("result");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
