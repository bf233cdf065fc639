package com.plandesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class TaskPlanTest {

    @Test
    void tasksComeInTheOrderOfTheSequenceFlowsWithTheirInventoryTemplate() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("provisionSomething")
                .startEvent()
                .serviceTask("validateCustomerAccount").name("Validate customer account")
                .serviceTask("assignSimCard").name("Assign SIM Card").camundaInputParameter("template", "SIM Card")
                .exclusiveGateway()
                .serviceTask("configureOcsAccount").name("Configure OCS account")
                .endEvent()
                .done();

        List<PlannedTask> plan = TaskPlan.of(model, "provisionSomething");

        assertThat(plan).extracting(PlannedTask::activityId)
                .containsExactly("validateCustomerAccount", "assignSimCard", "configureOcsAccount");
        assertThat(plan).extracting(PlannedTask::name)
                .containsExactly("Validate customer account", "Assign SIM Card", "Configure OCS account");
        assertThat(plan).extracting(PlannedTask::inventoryTemplate).containsExactly(null, "SIM Card", null);
    }

    @Test
    void aTaskWithoutANameIsListedByItsId() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent().serviceTask("sendWelcomeEmail")
                .endEvent().done();

        assertThat(TaskPlan.of(model, "p")).extracting(PlannedTask::name).containsExactly("sendWelcomeEmail");
    }

    @Test
    void anUnknownProcessKeyIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent().endEvent().done();

        assertThatThrownBy(() -> TaskPlan.of(model, "other")).hasMessageContaining("other");
    }
}
