package com.plandesk.bpmn;

import org.camunda.bpm.engine.test.Deployment;

@Deployment(resources = "processes/provisionVoipPlan.bpmn")
class VoipPlanProcessTest extends NetworkServicePlanTest {

    VoipPlanProcessTest() {
        super("provisionVoipPlan", "activateVoipLine", "voip");
    }
}
