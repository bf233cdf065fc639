package com.plandesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a status column's check in a Java migration. The checks were made without names, which H2 and
 * PostgreSQL each chose: the one to replace is found by a word of its clause in the standard information schema.
 */
final class StatusCheck {

    private StatusCheck() {
    }

    /** Drops the table's checks whose clause names {@code word} and adds {@code check} as {@code <table>_status_check}. */
    static void replace(Connection connection, String table, String word, String check) throws SQLException {
        replace(connection, table, word, table + "_status_check", check);
    }

    /** The same, for another column's check, named {@code checkName}. */
    static void replace(Connection connection, String table, String word, String checkName, String check)
            throws SQLException {
        List<String> checks = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("""
                     SELECT tc.constraint_name FROM information_schema.table_constraints tc
                     JOIN information_schema.check_constraints cc
                       ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
                     WHERE tc.constraint_type = 'CHECK' AND lower(tc.table_name) = '%s'
                       AND cc.check_clause LIKE '%%%s%%'""".formatted(table, word))) {
            while (rows.next()) {
                checks.add(rows.getString(1));
            }
        }
        try (Statement ddl = connection.createStatement()) {
            for (String name : checks) {
                ddl.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"");
            }
            ddl.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + checkName + " " + check);
        }
    }
}
