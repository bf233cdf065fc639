package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server as one node of a cluster on its database: the health a load balancer reads, the node's record,
 * and a cluster-wide timer's turns. (Two real nodes, one killed: bench/two-nodes.sh, run by CI's bench smoke.)
 */
class ClusterIT extends PlanDeskIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void readinessReportsTheDatabaseTheJobExecutorAndTheOcs() throws Exception {
        JsonObject ready = health("ready", 200);
        assertThat(ready.getString("status")).as(ready.toString()).isEqualTo("UP");
        Map<String, JsonObject> checks = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
        assertThat(checks).containsKeys("database", "job-executor", "ocs");
        checks.forEach((name, check) -> assertThat(check.getString("status")).as(name).isEqualTo("UP"));
        JsonObject database = checks.get("database").getJsonObject("data");
        assertThat(database.getString("nodesAlive")).contains(database.getString("node"));
        assertThat(Math.abs(database.getJsonNumber("clockOffsetMs").longValue())).as("same machine, same clock")
                .isLessThan(1000);

        assertThat(admin.put("simulators/ocs", "{\"mode\": \"fail\"}").status()).as("the OCS refuses connections")
                .isEqualTo(200);
        JsonObject ocsDown = health("ready", 503);
        assertThat(ocsDown.getString("status")).as("a node that cannot reach the OCS takes no new work")
                .isEqualTo("DOWN");
        assertThat(health("live", 200).getString("status")).as("but it is alive").isEqualTo("UP");
    }

    @Test
    void theNodeSaysEveryFewSecondsThatItIsAliveOnTheDatabasesClock() {
        String node = Database.text("SELECT name FROM cluster_node ORDER BY seen_at DESC");
        String seen = Database.text("SELECT CAST(seen_at AS VARCHAR(40)) FROM cluster_node WHERE name = ?", node);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> !seen.equals(
                Database.text("SELECT CAST(seen_at AS VARCHAR(40)) FROM cluster_node WHERE name = ?", node)));
        assertThat(Database.count("SELECT COUNT(*) FROM cluster_node WHERE name = ? AND processes <> ''", node)).isOne();
    }

    @ParameterizedTest
    @CsvSource({"provisioning-timeouts, 5", "reservation-expiry, 30"})
    void aTimerTurnTakenByAnotherNodeIsNotTakenAgainUntilItsPeriodHasPassed(String timer, int periodSeconds) {
        String node = Database.text("SELECT name FROM cluster_node ORDER BY seen_at DESC");
        String lastBy = "SELECT last_run_by FROM cluster_timer WHERE name = '" + timer + "'";
        Duration period = Duration.ofSeconds(periodSeconds);
        await().atMost(period.multipliedBy(2)).until(() -> node.equals(Database.text(lastBy)));

        // another node takes every turn as it comes due, for longer than a period: this one leaves them all to it
        String takeTurn = "UPDATE cluster_timer SET last_run_at = LOCALTIMESTAMP, last_run_by = 'plandesk-other'"
                + " WHERE name = '" + timer + "'";
        Database.update(takeTurn);
        await().during(period.plusSeconds(5)).atMost(period.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String by = Database.text(lastBy);
                    Database.update(takeTurn);
                    return "plandesk-other".equals(by);
                });
        // the other node is gone: a turn comes due again, and it is this one's
        await().atMost(period.multipliedBy(2)).until(() -> node.equals(Database.text(lastBy)));
    }

    private static JsonObject health(String which, int status) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:9990/health/" + which)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
