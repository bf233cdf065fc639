package com.plandesk.web.api;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * An API call whose credentials the server refuses is answered in JSON, like every other API error. (When BASIC
 * refuses a sent user or password, the server's FORM mechanism forwards the call to the screens' sign-in page;
 * this catches that forward for calls under /api/, where a program reads the answer, not a person.)
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class RefusedSignIn extends HttpFilter {

    private static final String MESSAGE = "The user name or password is wrong: sign in with your Plan Desk user (HTTP Basic).";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object called = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (!(called instanceof String uri) || !uri.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
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
}
