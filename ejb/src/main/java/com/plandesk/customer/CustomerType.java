package com.plandesk.customer;

public enum CustomerType { INDIVIDUAL, BUSINESS }
