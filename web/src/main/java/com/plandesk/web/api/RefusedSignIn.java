package com.plandesk.web.api;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An API call whose credentials the server refuses is answered in JSON, like every other API error. (When BASIC
 * refuses a sent user or password, the server's FORM mechanism forwards the call to the screens' sign-in page;
 * {@link com.plandesk.web.SignInRecords} catches that forward for calls under /api/, where a program reads the
 * answer, not a person, and answers with this.)
 */
public final class RefusedSignIn {

    private static final String MESSAGE = "The user name or password is wrong: sign in with your Plan Desk user (HTTP Basic).";

    private RefusedSignIn() {
    }

    /** Whether this forward to the sign-in page is a refused API call. */
    public static boolean isRefusedApiCall(HttpServletRequest request) {
        Object called = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return "/login.xhtml".equals(request.getServletPath()) && called instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate(); // FORM kept the call to replay after a sign-in that an API client never makes
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, RequireAuthentication.CHALLENGE);
        response.setContentType(MediaType.APPLICATION_JSON + ";charset=UTF-8");
        Json.createWriter(response.getWriter()).writeObject(Json.createObjectBuilder()
                .add("error", "unauthorized").add("message", MESSAGE).build());
    }

    /** The user name of Basic credentials (what comes before the first colon), or "" when there is none. */
    public static String basicUser(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "";
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? credentials : credentials.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
