package com.plandesk.customer;

public enum CustomerStatus { ACTIVE, SUSPENDED, CLOSED }
