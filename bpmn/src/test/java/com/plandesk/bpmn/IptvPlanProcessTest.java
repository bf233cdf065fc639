package com.plandesk.bpmn;

import org.camunda.bpm.engine.test.Deployment;

@Deployment(resources = "processes/provisionIptvPlan.bpmn")
class IptvPlanProcessTest extends NetworkServicePlanTest {

    IptvPlanProcessTest() {
        super("provisionIptvPlan", "activateIptvEntitlement", "iptv");
    }
}
