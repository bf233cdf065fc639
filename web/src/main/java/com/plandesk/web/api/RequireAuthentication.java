package com.plandesk.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers an API call without valid credentials with 401 and a Basic challenge. (web.xml leaves /api/* open
 * so that API clients get this instead of the screens' login form; a sent Authorization header is still
 * checked by the server.)
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RequireAuthentication implements ContainerRequestFilter {

    /** The challenge of every 401 the API gives. */
    static final String CHALLENGE = "Basic realm=\"Plan Desk\"";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unauthorized", "Sign in with your Plan Desk user (HTTP Basic).", null))
                    .build());
        }
    }
}
