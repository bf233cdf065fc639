package com.plandesk.provisioning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;

/**
 * The ordered task list of a process, read from its BPMN model: the activities met walking the sequence
 * flows from the start event, so an analyst's new version shows its own tasks without code changes. A
 * call activity keeps its called element, so that the caller can list the called process's tasks in its place.
 */
public final class TaskPlan {

    /** The input parameter that names the inventory template an "Assign …" task hands out. */
    public static final String TEMPLATE_PARAMETER = "template";

    private TaskPlan() {
    }

    public static List<PlannedTask> of(BpmnModelInstance model, String processKey) {
        Process process = model.getModelElementById(processKey);
        if (process == null) {
            throw new IllegalArgumentException("The model holds no process " + processKey);
        }
        List<PlannedTask> tasks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<FlowNode> next = new ArrayDeque<>(process.getChildElementsByType(StartEvent.class));
        while (!next.isEmpty()) {
            FlowNode node = next.removeFirst();
            if (!seen.add(node.getId())) {
                continue;
            }
            if (node instanceof Activity activity) {
                String name = activity.getName() == null ? activity.getId() : activity.getName();
                String called = activity instanceof CallActivity call ? call.getCalledElement() : null;
                tasks.add(new PlannedTask(activity.getId(), name, templateOf(activity), called, null));
            }
            Collection<SequenceFlow> outgoing = node.getOutgoing();
            outgoing.forEach(flow -> next.addLast(flow.getTarget()));
        }
        return tasks;
    }

    private static String templateOf(Activity activity) {
        if (activity.getExtensionElements() == null) {
            return null;
        }
        return activity.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list()
                .stream()
                .flatMap(io -> io.getCamundaInputParameters().stream())
                .filter(p -> TEMPLATE_PARAMETER.equals(p.getCamundaName()))
                .map(CamundaInputParameter::getTextContent)
                .findFirst()
                .orElse(null);
    }
}
