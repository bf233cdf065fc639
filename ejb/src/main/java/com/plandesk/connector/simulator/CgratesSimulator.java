package com.plandesk.connector.simulator;

import com.plandesk.kernel.Settings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CGRateS-compatible OCS that ships with Plan Desk: JSON-RPC over HTTP on its own port (2080, CGRateS's
 * own), keeping accounts, action plans and balances in memory, so that the real OCS client is exercised in
 * every run. Actions are derived from the product slug: "Action_5gb-data-boost" adds 5 GB of data;
 * attaching "AP_mobile-20gb" runs its allowance at once, as a CGRateS action plan with an *asap timing does.
 * Plans set with APIerSv1.SetActionPlan run their own actions when an account joins them — once per account.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CgratesSimulator {

    /** Looked up once: {@code Json.create…} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(CgratesSimulator.class.getName());
    private static final Pattern GIGABYTES = Pattern.compile("(\\d+)gb");
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MAX_HANG_MILLIS = 120_000;
    private static final Set<String> CHANGES_ACCOUNT = Set.of("APIerSv2.SetAccount", "APIerSv1.ExecuteAction");
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    /** Action plans set through the API: their action IDs. */
    private final Map<String, List<String>> actionPlans = new ConcurrentHashMap<>();
    private volatile SimulatorMode mode = SimulatorMode.OK;
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    static final class Account {
        final Set<String> actionPlans = new LinkedHashSet<>();
        /** Plans whose first allowance was given: attaching a plan again gives nothing twice. */
        final Set<String> startedPlans = new LinkedHashSet<>();
        final Map<String, List<Double>> balances = new LinkedHashMap<>();
        boolean disabled;
    }

    @PostConstruct
    void start() {
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

    /** How many accounts the simulator holds (the service check and tests read it). */
    public int accountCount() {
        return accounts.size();
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
        if (method.equals("APIerSv1.SetActionPlan")) {
            return setActionPlan(params);
        }
        String key = params.getString("Tenant") + ":" + params.getString("Account");
        switch (method) {
            case "APIerSv2.SetAccount" -> {
                Account account = accounts.computeIfAbsent(key, k -> new Account());
                synchronized (account) {
                    if (params.containsKey("ActionPlanIDs")) {
                        if (params.getBoolean("ActionPlansOverwrite", false)) {
                            account.actionPlans.clear();
                        }
                        for (JsonValue plan : params.getJsonArray("ActionPlanIDs")) {
                            String planId = ((jakarta.json.JsonString) plan).getString();
                            account.actionPlans.add(planId);
                            if (account.startedPlans.add(planId)) {
                                // *asap: run when the account joins the plan, once
                                actionPlans.getOrDefault(planId, List.of("Action_" + planId.replaceFirst("^AP_", "")))
                                        .forEach(action -> apply(account, action.substring("Action_".length())));
                            }
                        }
                    }
                }
                return JSON.createValue("OK");
            }
            case "APIerSv1.ExecuteAction" -> {
                Account account = existing(key);
                String action = params.getString("ActionsId");
                if (!action.startsWith("Action_")) {
                    throw new IllegalArgumentException("NOT_FOUND:" + action);
                }
                synchronized (account) {
                    apply(account, action.substring("Action_".length()));
                }
                return JSON.createValue("OK");
            }
            case "APIerSv2.GetAccount" -> {
                Account account = existing(key);
                JsonObjectBuilder balanceMap = JSON.createObjectBuilder();
                synchronized (account) {
                    account.balances.forEach((type, values) -> {
                        JsonArrayBuilder list = JSON.createArrayBuilder();
                        for (int i = 0; i < values.size(); i++) {
                            list.add(JSON.createObjectBuilder()
                                    .add("Uuid", UUID.nameUUIDFromBytes((key + type + i).getBytes()).toString())
                                    .add("Value", values.get(i)));
                        }
                        balanceMap.add(type, list);
                    });
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
        List<String> actions = params.getJsonArray("ActionPlan").getValuesAs(JsonObject.class).stream()
                .map(timing -> timing.getString("ActionsId")).toList();
        if (actions.isEmpty() || actions.stream().anyMatch(action -> !action.startsWith("Action_"))) {
            throw new IllegalArgumentException("NOT_FOUND:" + actions);
        }
        if (actionPlans.containsKey(planId) && !params.getBoolean("Overwrite", false)) {
            throw new IllegalArgumentException("EXISTS");
        }
        actionPlans.put(planId, actions);
        return JSON.createValue("OK");
    }

    private Account existing(String key) {
        Account account = accounts.get(key);
        if (account == null) {
            throw new IllegalArgumentException("NOT_FOUND");
        }
        return account;
    }

    private static void apply(Account account, String productSlug) {
        Matcher gigabytes = GIGABYTES.matcher(productSlug);
        if (gigabytes.find()) {
            account.balances.computeIfAbsent("*data", t -> new ArrayList<>())
                    .add((double) Long.parseLong(gigabytes.group(1)) * GIB);
        } else {
            account.balances.computeIfAbsent("*generic", t -> new ArrayList<>()).add(1.0);
        }
    }
}
