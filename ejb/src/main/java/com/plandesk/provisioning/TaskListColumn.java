package com.plandesk.provisioning;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The task list as JSON in its provisioning's row:
 * {@code [{"activityId":"…","name":"…","status":"DONE","detail":"…","doneAt":"2026-11-27T12:00:00.123456"}, …]}
 * ({@code doneAt} only on finished tasks, and not on those finished before tasks kept their time).
 */
@Converter
public class TaskListColumn implements AttributeConverter<TaskList, String> {

    private static final JsonProvider JSON = JsonProvider.provider(); // looked up once: the lookup scans the class path

    @Override
    public String convertToDatabaseColumn(TaskList list) {
        return toJson(list == null ? List.of() : list.tasks());
    }

    @Override
    public TaskList convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return TaskList.EMPTY;
        }
        List<ProvisioningTask> tasks = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonObject task : array.getValuesAs(JsonObject.class)) {
                tasks.add(new ProvisioningTask(task.getString("activityId"), task.getString("name"),
                        TaskStatus.valueOf(task.getString("status")), task.getString("detail", null),
                        task.containsKey("doneAt") ? LocalDateTime.parse(task.getString("doneAt")) : null));
            }
        }
        return new TaskList(tasks);
    }

    static String toJson(List<ProvisioningTask> tasks) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (ProvisioningTask task : tasks) {
            var object = JSON.createObjectBuilder()
                    .add("activityId", task.activityId())
                    .add("name", task.name())
                    .add("status", task.status().name());
            object.add("detail", task.detail() == null ? JsonValue.NULL : JSON.createValue(task.detail()));
            if (task.doneAt() != null) {
                object.add("doneAt", task.doneAt().toString());
            }
            array.add(object);
        }
        return array.build().toString();
    }
}
