package com.plandesk.web.api;

import static com.plandesk.kernel.Text.rootMessage;

import com.plandesk.kernel.PlanDeskException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns every failure into the API's JSON error body with the right status; nothing leaks a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response error(int status, String error, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(error, message, field)).build();
    }

    static Response of(PlanDeskException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case NOT_ALLOWED -> 422;
        };
        return error(status, e.error(), e.getMessage(), e.field());
    }

    @Provider
    public static class Refused implements ExceptionMapper<PlanDeskException> {
        @Override
        public Response toResponse(PlanDeskException e) {
            return of(e);
        }
    }

    /** Bodies that are not JSON, or JSON of the wrong shape. */
    @Provider
    public static class Malformed implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return wrongType(e).orElseGet(() -> error(400, "malformed_request",
                    "The request body is not valid JSON for this call: " + rootMessage(e), null));
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return wrongType(e).orElseGet(() -> error(400, "malformed_request",
                    "The request body is not valid JSON for this call: " + rootMessage(e), null));
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return error(403, "forbidden", "Your role does not allow this.", null);
        }
    }

    /**
     * JAX-RS's own answers (404 for an unknown path, 405, 415 …) keep their status, with a JSON body; the two a
     * caller most often meets say in words what to change.
     */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Context
        Request request;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof ProcessingException || e.getCause() instanceof JsonbException) {
                return new Malformed().toResponse(new ProcessingException(e.getCause()));
            }
            int status = e.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> "Nothing is at " + uri.getRequestUri().getPath()
                        + ": check the address (an id is a number).";
                case 415 -> (headers.getMediaType() == null ? "The body was sent without a Content-Type"
                        : "The body was sent as '" + headers.getMediaType() + "'") + ", which this call does not"
                        + " take: JSON calls take application/json, CSV files (bulk assignments, inventory imports)"
                        + " text/csv, processes application/xml.";
                case 406 -> "This call answers in " + (uri.getRequestUri().getPath().endsWith(".csv") ? "text/csv"
                        : "application/json") + ", which the request's Accept header ('"
                        + headers.getHeaderString(HttpHeaders.ACCEPT) + "') does not take: accept it, or leave "
                        + "Accept out.";
                case 405 -> request.getMethod() + " is not a call at " + uri.getRequestUri().getPath()
                        + ": it takes " + String.join(", ", calls(e.getResponse().getAllowedMethods()))
                        + " (the README lists the API).";
                default -> e.getMessage();
            };
            Response answer = error(status, status == 404 ? "not_found" : "http_" + status, message, null);
            if (status == 405) { // HTTP wants the methods that are taken named in Allow
                return Response.fromResponse(answer).allow(e.getResponse().getAllowedMethods()).build();
            }
            return answer;
        }
    }

    /** A field of the wrong JSON type ({@link StrictJson}), named as the caller wrote it. */
    static Optional<Response> wrongType(Throwable e) {
        Matcher property = null;
        String reason = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher named = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (named.find()) {
                property = named;
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith("must be ")) {
                reason = cause.getMessage();
            }
        }
        if (property == null || reason == null) {
            return Optional.empty();
        }
        String field = property.group(1);
        return Optional.of(error(400, "invalid_request", field + " " + reason + ".", field));
    }

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    /** The methods a caller means, without the OPTIONS and HEAD every resource answers. */
    static Set<String> calls(Set<String> allowed) {
        Set<String> calls = new TreeSet<>(allowed);
        calls.removeAll(Set.of("OPTIONS", "HEAD"));
        return calls;
    }

    /** An EJB wraps what it did not declare; unwrap a refusal, hide the rest behind a 500. */
    @Provider
    public static class Unexpected implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PlanDeskException refused) {
                return of(refused);
            }
            LOG.log(Level.SEVERE, "Unexpected error", e);
            return error(500, "internal_error", "Something went wrong on the server; nothing was changed."
                    + " The error is in the server log.", null);
        }
    }

}
