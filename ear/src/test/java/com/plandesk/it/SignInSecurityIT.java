package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * How staff sign in, and what every answer carries against framing, sniffing, leaking and script injection: the
 * stored passwords, the headers, the session cookie, HTTPS.
 */
class SignInSecurityIT extends PlanDeskIT {

    private static final List<String> SCREENS = List.of("products.xhtml", "customers.xhtml", "customer.xhtml?id=123",
            "customer-edit.xhtml?id=123", "assign.xhtml?product=mobile-20gb", "inventory.xhtml", "provisionings.xhtml",
            "bulk.xhtml", "systems.xhtml", "admin/products.xhtml", "admin/staff.xhtml", "password.xhtml", "forbidden.xhtml",
            "login.xhtml");

    @Test
    void staffPasswordsAreStoredAsBcryptHashesAndStillSignIn() {
        for (String user : List.of("agent", "supervisor", "analyst", "admin")) {
            String stored = Database.text("SELECT password_hash FROM staff_user WHERE username = ?", user);
            assertThat(stored).as(user).startsWith("$2a$10$").doesNotContain(user).hasSize(60);
            assertThat(new Api(user, user).get("customers?q=Smith").status()).as(user + " signs in").isNotEqualTo(401);
            assertThat(new Api(user, user + "x").get("customers?q=Smith").status()).as(user + ", wrong password")
                    .isEqualTo(401);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountLikeAnUnknownUserUntilTheLockTimePasses() throws Exception {
        String user = "locked" + System.nanoTime() % 1_000_000;
        // setup no API offers yet: a new agent with the password "agent" (the demo agent's hash)
        Database.update("""
                INSERT INTO staff_user (username, password_hash, enabled, must_change_password, failed_sign_ins, created_at)
                SELECT ?, password_hash, TRUE, FALSE, 0, CURRENT_TIMESTAMP FROM staff_user WHERE username = 'agent'""",
                user);
        Database.update("INSERT INTO staff_role (username, role) VALUES (?, 'agent')", user);
        Api rightPassword = new Api(user, "agent");
        assertThat(rightPassword.get("products").status()).as("signs in").isEqualTo(200);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(formSignIn(http, user, "guess-1").body()).as("the form says so").contains("login-error");
        for (int guess = 2; guess <= 5; guess++) {
            assertThat(new Api(user, "guess-" + guess).get("products").status()).isEqualTo(401);
        }

        Api.Answer locked = rightPassword.get("products");
        Api.Answer unknown = new Api("nobody" + System.nanoTime(), "agent").get("products");
        assertThat(locked.status()).as("the right password, locked").isEqualTo(401);
        assertThat(locked.body()).as("the same answer as for a user who does not exist").isEqualTo(unknown.body());
        assertThat(formSignIn(http, user, "agent").body()).as("the form refuses it too").contains("login-error");

        // the tests' lock time is 5 s (arquillian.xml); asking by signing in would count towards a new lock
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> Database.count(
                "SELECT COUNT(*) FROM staff_user WHERE username = ? AND locked_until < CURRENT_TIMESTAMP", user) == 1);
        assertThat(rightPassword.get("products").status()).as("signs in once the lock time has passed").isEqualTo(200);

        JsonArray record = admin.get("staff/sign-ins?user=" + user).array();
        List<String> entries = record.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("channel") + " " + e.getBoolean("succeeded") + " " + e.getString("remoteAddress"))
                .toList();
        assertThat(entries).as("newest first: the sign-in once the lock had passed, the refused form before it")
                .startsWith("API true 127.0.0.1", "SCREENS false 127.0.0.1").contains("API false 127.0.0.1")
                .endsWith("API true 127.0.0.1");
        assertThat(entries.stream().filter(e -> e.contains("false"))).as("every refusal").hasSize(7);
        assertThat(record.getJsonObject(0).getString("at")).isNotBlank();
        assertThat(agent.get("staff/sign-ins").status()).as("for admins only").isEqualTo(403);
        assertThat(admin.get("staff/sign-ins?limit=many").status()).as("a limit must be a number").isEqualTo(400);
    }

    @Test
    void everyScreenIsSentWithTheSecurityHeadersAndItsPolicy() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(http, PlanDeskDeployment.BASE_URL, "admin", "admin");

        for (String screen : SCREENS) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(PlanDeskDeployment.BASE_URL + screen)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(screen).isEqualTo(200);
            if (!screen.equals("login.xhtml")) {
                assertThat(answer.body()).as(screen).doesNotContain("id=\"username\""); // signed in: not the form
            }
            assertServerHeaders(screen, answer.headers());
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(screen + " Content-Security-Policy")
                    .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                    .containsPattern("script-src 'self' 'nonce-[^']+';")
                    .doesNotContain("unsafe-eval");
            assertThat(policy.substring(policy.indexOf("script-src"))).as("scripts only with the page's nonce")
                    .doesNotContain("unsafe-inline");
            String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(count(answer.body(), "<script[^>]* nonce=\"" + Pattern.quote(nonce) + "\""))
                    .as(screen + ": every script carries the nonce").isEqualTo(count(answer.body(), "<script"));
        }
        for (String other : List.of("api/products", "error.html", "resources/js/plandesk.js")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(PlanDeskDeployment.BASE_URL + other)).build(), HttpResponse.BodyHandlers.ofString());
            assertServerHeaders(other, answer.headers());
        }
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnlyAndSecureOverHttps() throws Exception {
        List<String> overHttp = sessionCookie(HttpClient.newHttpClient(), PlanDeskDeployment.BASE_URL);
        assertThat(overHttp).contains("httponly", "samesite=lax").doesNotContain("secure");

        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheSelfSignedCertificate()).build();
        String httpsUrl = PlanDeskDeployment.BASE_URL.replace("http://localhost:8080", "https://localhost:8443");
        HttpResponse<String> answer = https.send(HttpRequest.newBuilder(URI.create(httpsUrl + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        X509Certificate certificate = (X509Certificate) answer.sslSession().orElseThrow().getPeerCertificates()[0];
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
        assertServerHeaders("login over HTTPS", answer.headers());
        assertThat(sessionCookie(https, httpsUrl)).contains("httponly", "samesite=lax", "secure");
    }

    private static long count(String body, String regex) {
        return Pattern.compile(regex).matcher(body).results().count();
    }

    private static void assertServerHeaders(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    }

    /**
     * The attributes (in lower case) of the session cookie that a signed-out visit to a screen sets (the server keeps
     * the wanted page in the session).
     */
    private static List<String> sessionCookie(HttpClient http, String baseUrl) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "products.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
        return Arrays.stream(cookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Signs in through the screens' form; a refusal is the sign-in page again with its error. */
    private static HttpResponse<String> formSignIn(HttpClient http, String user, String password) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(PlanDeskDeployment.BASE_URL + "products.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        return http.send(HttpRequest.newBuilder(URI.create(PlanDeskDeployment.BASE_URL + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void signIn(HttpClient http, String baseUrl, String user, String password) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(baseUrl + "products.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).as("signed in and sent back to the screen").isEqualTo(302);
    }

    /** The build's certificate is self-signed: the test trusts it as a browser would after one click. */
    private static SSLContext trustingTheSelfSignedCertificate() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
