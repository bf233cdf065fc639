package com.plandesk.provisioning;

/** PENDING, DONE and FAILED are stored; RUNNING is the first task not done of a running provisioning. */
public enum TaskStatus { PENDING, RUNNING, DONE, FAILED }
