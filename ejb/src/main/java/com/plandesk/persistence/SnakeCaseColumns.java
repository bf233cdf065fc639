package com.plandesk.persistence;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps camelCase attributes to the snake_case columns of the Flyway schema (setupFee → setup_fee), so the
 * entities need no @Column per field. Explicit @Column names are kept.
 */
final class SnakeCaseColumns {

    private SnakeCaseColumns() {
    }

    static void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct
                        && direct.getField().getName().equalsIgnoreCase(direct.getAttributeName())) {
                    direct.getField().setName(snakeCase(direct.getAttributeName()));
                }
            }
        }
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
