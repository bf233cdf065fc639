package com.plandesk.connector.network;

public class NetworkException extends RuntimeException {

    public NetworkException(String message) {
        super(message);
    }
}
