package com.plandesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the JSON API, signed in as one user. */
final class Api {

    record Answer(int status, String body) {
        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    Api(String user, String password) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Api() {
        this.authorization = null;
    }

    /** Calls without credentials. */
    static Api anonymous() {
        return new Api();
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A download, as a browser link asks for it. */
    Answer download(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    /** A GET that accepts only this media type. */
    Answer get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer postCsv(String path, String csv) {
        return post(path, csv, "text/csv");
    }

    Answer post(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The id of the available item with this reference, as an agent finds it in the selector. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An ICCID: the 19 digits given and their Luhn check digit. */
    static String iccid(String nineteenDigits) {
        int sum = 0;
        for (int i = 0; i < nineteenDigits.length(); i++) {
            int digit = nineteenDigits.charAt(nineteenDigits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return nineteenDigits + (10 - sum % 10) % 10;
    }

    /** Adds an item to stock (as an admin does) and gives its id; identifier may be null. */
    long addItem(String template, String reference, String identifier) {
        var item = Json.createObjectBuilder().add("template", template).add("reference", reference);
        if (identifier != null) {
            item.add("identifier", identifier);
        }
        Answer added = post("inventory/items", item.build().toString());
        if (added.status() != 201) {
            throw new AssertionError("Adding " + reference + " answered " + added.status() + ": " + added.body());
        }
        return added.json().getJsonNumber("id").longValue();
    }

    long availableItem(String template, String reference) {
        return get("inventory/items?template=" + URLEncoder.encode(template, StandardCharsets.UTF_8)).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(item -> reference.equals(item.getString("reference")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not offered as an available " + template))
                .getJsonNumber("id").longValue();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlanDeskDeployment.BASE_URL + "api/" + path))
                .timeout(Duration.ofSeconds(30))
                .setHeader("Accept", "application/json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
