package com.plandesk.persistence;

import jakarta.persistence.Embeddable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * The order in which one flush writes different entities' rows: a row after the rows it refers to, read from the
 * entities' {@link RefersTo} columns. EclipseLink cannot see these foreign keys itself (it would write the tables
 * in alphabetical order); told here, the rows of a transaction can wait for one flush at its end — a bulk chunk's
 * services, assignments, provisionings … go to the database as one batch per table instead of a flush per row.
 * {@code CommitOrderTest} checks the order against the schema's foreign keys.
 */
final class CommitOrder {

    private CommitOrder() {
    }

    static void apply(Session session) {
        Map<String, Class<?>> entityOfTable = new HashMap<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor()) {
                entityOfTable.put(descriptor.getTableName().toLowerCase(Locale.ROOT), descriptor.getJavaClass());
            }
        }
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor()) {
                continue;
            }
            for (Field field : idColumns(descriptor.getJavaClass())) {
                RefersTo refersTo = field.getAnnotation(RefersTo.class);
                Class<?> referred = entityOfTable.get(refersTo.value().toLowerCase(Locale.ROOT));
                if (referred == null) {
                    throw new IllegalStateException(descriptor.getJavaClass().getSimpleName() + "." + field.getName()
                            + " refers to table '" + refersTo.value() + "', which no entity maps");
                }
                if (referred != descriptor.getJavaClass()) {
                    descriptor.addConstraintDependency(referred);
                }
            }
        }
    }

    /** An entity's fields marked {@link RefersTo}, its embedded objects' included (their columns are its own). */
    private static List<Field> idColumns(Class<?> type) {
        List<Field> found = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(RefersTo.class)) {
                found.add(field);
            } else if (field.getType().isAnnotationPresent(Embeddable.class)) {
                found.addAll(idColumns(field.getType()));
            }
        }
        return found;
    }
}
