package com.plandesk.provisioning;

public enum ProvisioningStatus { RUNNING, SUCCEEDED, FAILED }
