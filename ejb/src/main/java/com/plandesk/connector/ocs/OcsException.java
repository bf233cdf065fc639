package com.plandesk.connector.ocs;

/** The OCS could not be reached, did not answer in time, or answered an error — said so for staff. */
public class OcsException extends RuntimeException {

    public OcsException(String message, Throwable cause) {
        super(message, cause);
    }

    public OcsException(String message) {
        super(message);
    }
}
