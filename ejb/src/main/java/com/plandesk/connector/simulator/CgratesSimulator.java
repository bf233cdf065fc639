package com.plandesk.connector.simulator;

import com.plandesk.kernel.Settings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * A CGRateS-compatible OCS that ships with Plan Desk: JSON-RPC over HTTP on its own port (2080, CGRateS's
 * own), keeping accounts, actions, action plans and balances in memory, so that the real OCS client is exercised
 * in every run. What it is told it keeps in its own table ({@link SimulatorStore}), written through as it
 * changes, so that accounts, balances, actions and plans outlive a restart as a real CGRateS's do. It knows only
 * what it was told: actions profiles set with APIerSv2.SetActions ({@code *topup_reset},
 * {@code *topup}, {@code *debit}) and plans set with APIerSv1.SetActionPlan, which run their actions when an account
 * joins them — once per account, as a CGRateS plan timed *asap does. Disabling an account bars its usage, not
 * the actions run on it (a renewal that pays a suspended service).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CgratesSimulator {

    /** Looked up once: {@code Json.create…} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(CgratesSimulator.class.getName());
    private static final Set<String> APPLIED = Set.of("*topup_reset", "*topup", "*debit");
    private static final long MAX_HANG_MILLIS = 120_000;
    private static final Set<String> CHANGES_ACCOUNT = Set.of("APIerSv2.SetAccount", "APIerSv1.ExecuteAction",
            "APIerSv1.RemoveAccount");
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private static final String ACCOUNT = "ocs-account";
    private static final String ACTIONS = "ocs-actions";
    private static final String ACTION_PLAN = "ocs-action-plan";

    @EJB
    private SimulatorStore store;

    /** The accounts used since start, each read from the store when first asked for. */
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    /** Actions profiles set through the API (APIerSv2.SetActions). */
    private final Map<String, List<Action>> actions = new ConcurrentHashMap<>();
    /** Action plans set through the API: their actions profiles' IDs. */
    private final Map<String, List<String>> actionPlans = new ConcurrentHashMap<>();
    private volatile SimulatorMode mode = SimulatorMode.OK;
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    record Action(String identifier, String balanceType, double units) {
    }

    static final class Account {
        final Set<String> actionPlans = new LinkedHashSet<>();
        /** Plans whose first allowance was given: attaching a plan again gives nothing twice. */
        final Set<String> startedPlans = new LinkedHashSet<>();
        /** Each balance type's value: one balance per type is all Plan Desk's actions make. */
        final Map<String, Double> balances = new LinkedHashMap<>();
        boolean disabled;

        String toJson() {
            JsonObjectBuilder balanceMap = JSON.createObjectBuilder();
            balances.forEach(balanceMap::add);
            return JSON.createObjectBuilder().add("actionPlans", JSON.createArrayBuilder(actionPlans))
                    .add("startedPlans", JSON.createArrayBuilder(startedPlans)).add("balances", balanceMap)
                    .add("disabled", disabled).build().toString();
        }

        static Account fromJson(String json) {
            JsonObject state = read(json).asJsonObject();
            Account account = new Account();
            state.getJsonArray("actionPlans").getValuesAs(JsonString::getString).forEach(account.actionPlans::add);
            state.getJsonArray("startedPlans").getValuesAs(JsonString::getString).forEach(account.startedPlans::add);
            state.getJsonObject("balances").forEach((type, value) ->
                    account.balances.put(type, ((JsonNumber) value).doubleValue()));
            account.disabled = state.getBoolean("disabled");
            return account;
        }
    }

    private static JsonValue read(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }

    @PostConstruct
    void start() {
        store.readAll(ACTIONS).forEach((id, json) -> actions.put(id, read(json).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(action -> new Action(action.getString("identifier"),
                        action.getString("balanceType"), action.getJsonNumber("units").doubleValue())).toList()));
        store.readAll(ACTION_PLAN).forEach((id, json) ->
                actionPlans.put(id, read(json).asJsonArray().getValuesAs(JsonString::getString)));
        port = Settings.ocsSimulatorPort();
        if (port > 0) {
            listen();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public SimulatorMode mode() {
        return mode;
    }

    /** FAIL closes the port (connections are refused); the other modes open it again. */
    public synchronized void setMode(SimulatorMode newMode) {
        mode = newMode;
        notifyAll();
        if (port == 0) {
            return;
        }
        if (newMode == SimulatorMode.FAIL) {
            stop();
        } else if (server == null) {
            listen();
        }
        LOG.info(() -> "CGRateS simulator mode: " + newMode);
    }


    private synchronized void listen() {
        // Answers at once, as CGRateS does (Go's server sets TCP_NODELAY on every connection). The JDK's server
        // does not by default: it then held each answer's body until the client acknowledged its headers, which
        // Linux delays by 40 ms. Read
        // once, when the JDK's server is first used in this JVM; a value set on the command line is kept.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        try {
            executor = Executors.newCachedThreadPool();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server.createContext("/jsonrpc", this::handle);
            server.setExecutor(executor);
            server.start();
            LOG.info(() -> "CGRateS simulator listening on http://127.0.0.1:" + port + "/jsonrpc");
        } catch (IOException e) {
            throw new IllegalStateException("The CGRateS simulator could not listen on port " + port
                    + " (set PLANDESK_OCS_SIMULATOR_PORT, or 0 with PLANDESK_OCS_URL for a real CGRateS)", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            JsonObject request = JSON.createReader(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            if (mode == SimulatorMode.HANG) {
                hang();
            }
            JsonObjectBuilder answer = JSON.createObjectBuilder().add("id", request.get("id"));
            String method = request.getString("method");
            try {
                if (mode == SimulatorMode.ERROR) {
                    throw new IllegalStateException("SERVER_ERROR: simulated OCS failure");
                }
                answer.add("result", dispatch(method, request.getJsonArray("params").getJsonObject(0)))
                        .addNull("error");
            } catch (RuntimeException e) {
                answer.addNull("result").add("error", e.getMessage());
            }
            if (mode == SimulatorMode.LATE && CHANGES_ACCOUNT.contains(method)) {
                answerLate();
            }
            byte[] body = answer.build().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized void hang() {
        long until = System.currentTimeMillis() + MAX_HANG_MILLIS;
        while (mode == SimulatorMode.HANG && System.currentTimeMillis() < until) {
            try {
                wait(until - System.currentTimeMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** After the client's timeout: done, but the client gave up waiting. */
    private static void answerLate() {
        try {
            Thread.sleep(Settings.ocsTimeoutMillis() + 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonValue dispatch(String method, JsonObject params) {
        switch (method) {
            case "APIerSv1.SetActionPlan" -> {
                return setActionPlan(params);
            }
            case "APIerSv2.SetActions" -> {
                return setActions(params);
            }
            case "APIerSv1.Ping" -> {
                return JSON.createValue("Pong");
            }
            default -> {
                // per account below
            }
        }
        String key = params.getString("Tenant") + ":" + params.getString("Account");
        switch (method) {
            case "APIerSv2.SetAccount" -> {
                Account account = accounts.computeIfAbsent(key, k -> stored(k).orElseGet(Account::new));
                synchronized (account) {
                    if (params.containsKey("ExtraOptions")) {
                        account.disabled = params.getJsonObject("ExtraOptions").getBoolean("Disabled", account.disabled);
                    }
                    if (params.containsKey("ActionPlanIDs")) {
                        if (params.getBoolean("ActionPlansOverwrite", false)) {
                            account.actionPlans.clear();
                        }
                        for (JsonValue plan : params.getJsonArray("ActionPlanIDs")) {
                            String planId = ((jakarta.json.JsonString) plan).getString();
                            List<String> planActions = actionPlans.get(planId);
                            if (planActions == null) {
                                throw new IllegalArgumentException("NOT_FOUND:ActionPlan:" + planId);
                            }
                            account.actionPlans.add(planId);
                            if (account.startedPlans.add(planId)) { // *asap: run when the account joins, once
                                planActions.forEach(actionsId -> apply(account, actionsId));
                            }
                        }
                    }
                    store.write(ACCOUNT, key, account.toJson());
                }
                return JSON.createValue("OK");
            }
            case "APIerSv1.ExecuteAction" -> {
                Account account = existing(key);
                synchronized (account) {
                    apply(account, params.getString("ActionsId"));
                    store.write(ACCOUNT, key, account.toJson());
                }
                return JSON.createValue("OK");
            }
            case "APIerSv1.RemoveAccount" -> {
                Account account = existing(key);
                synchronized (account) {
                    store.delete(ACCOUNT, key);
                    accounts.remove(key);
                }
                return JSON.createValue("OK");
            }
            case "APIerSv2.GetAccount" -> {
                Account account = existing(key);
                JsonObjectBuilder balanceMap = JSON.createObjectBuilder();
                synchronized (account) {
                    account.balances.forEach((type, value) -> balanceMap.add(type, JSON.createArrayBuilder()
                            .add(JSON.createObjectBuilder()
                                    .add("Uuid", UUID.nameUUIDFromBytes((key + type).getBytes()).toString())
                                    .add("Value", value))));
                    JsonArrayBuilder plans = JSON.createArrayBuilder();
                    account.actionPlans.forEach(plans::add);
                    return JSON.createObjectBuilder().add("ID", key).add("BalanceMap", balanceMap)
                            .add("ActionPlanIDs", plans).add("Disabled", account.disabled).build();
                }
            }
            default -> throw new IllegalArgumentException("rpc: can't find method " + method);
        }
    }

    /** Overwriting a plan keeps the accounts in it, as CGRateS does: they do not run its actions again. */
    private JsonValue setActionPlan(JsonObject params) {
        String planId = params.getString("Id");
        List<String> planActions = params.getJsonArray("ActionPlan").getValuesAs(JsonObject.class).stream()
                .map(timing -> timing.getString("ActionsId")).toList();
        if (planActions.isEmpty() || !actions.keySet().containsAll(planActions)) {
            throw new IllegalArgumentException("NOT_FOUND:" + planActions);
        }
        if (actionPlans.containsKey(planId) && !params.getBoolean("Overwrite", false)) {
            throw new IllegalArgumentException("EXISTS");
        }
        store.write(ACTION_PLAN, planId, JSON.createArrayBuilder(planActions).build().toString());
        actionPlans.put(planId, planActions);
        return JSON.createValue("OK");
    }

    private JsonValue setActions(JsonObject params) {
        String actionsId = params.getString("ActionsId");
        if (actions.containsKey(actionsId) && !params.getBoolean("Overwrite", false)) {
            throw new IllegalArgumentException("EXISTS");
        }
        List<Action> defined = new ArrayList<>();
        for (JsonObject action : params.getJsonArray("Actions").getValuesAs(JsonObject.class)) {
            String identifier = action.getString("Identifier");
            if (!APPLIED.contains(identifier)) {
                throw new IllegalArgumentException("UNSUPPORTED_ACTION:" + identifier);
            }
            defined.add(new Action(identifier, action.getString("BalanceType"),
                    Double.parseDouble(action.getString("Units"))));
        }
        store.write(ACTIONS, actionsId, JSON.createArrayBuilder(defined.stream().map(action ->
                JSON.createObjectBuilder().add("identifier", action.identifier())
                        .add("balanceType", action.balanceType()).add("units", action.units())).toList())
                .build().toString());
        actions.put(actionsId, List.copyOf(defined));
        return JSON.createValue("OK");
    }

    private Account existing(String key) {
        Account account = accounts.get(key);
        if (account == null) {
            account = stored(key).map(found -> {
                Account earlier = accounts.putIfAbsent(key, found);
                return earlier == null ? found : earlier;
            }).orElseThrow(() -> new IllegalArgumentException("NOT_FOUND"));
        }
        return account;
    }

    private Optional<Account> stored(String key) {
        return store.read(ACCOUNT, key).map(Account::fromJson);
    }

    /** Runs a defined actions profile on the account, as CGRateS does; an undefined one is NOT_FOUND. */
    private void apply(Account account, String actionsId) {
        List<Action> profile = actions.get(actionsId);
        if (profile == null) {
            throw new IllegalArgumentException("NOT_FOUND:" + actionsId);
        }
        for (Action action : profile) {
            switch (action.identifier()) {
                case "*topup_reset" -> account.balances.put(action.balanceType(), action.units());
                case "*topup" -> account.balances.merge(action.balanceType(), action.units(), Double::sum);
                case "*debit" -> account.balances.merge(action.balanceType(), -action.units(), Double::sum);
                default -> throw new IllegalStateException(action.identifier());
            }
        }
    }
}
