package com.plandesk.customer;

public enum ContactRole { BILLING, TECHNICAL }
