package com.plandesk.web.api;

/** The body of every API error: {error, message, field?}. */
public record ApiError(String error, String message, String field) {
}
