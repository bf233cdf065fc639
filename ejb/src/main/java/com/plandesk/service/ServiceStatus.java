package com.plandesk.service;

public enum ServiceStatus { INACTIVE, ACTIVE, SUSPENDED, TERMINATED }
