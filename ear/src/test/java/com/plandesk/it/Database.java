package com.plandesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the application's database directly, beside the running server, to check what the API wrote:
 * PostgreSQL when PLANDESK_DB_URL is set (as for the server), otherwise the server's H2 file, which the
 * datasource opens in AUTO_SERVER mode so that a second process may read it.
 */
final class Database {

    private Database() {
    }

    static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database: " + e.getMessage(), e);
        }
    }

    static List<Long> ids(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database: " + e.getMessage(), e);
        }
    }

    static String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database: " + e.getMessage(), e);
        }
    }

    /** Setup that no API offers (inventory templates are reference data, loaded with the schema). */
    static void update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the database: " + e.getMessage(), e);
        }
    }

    /** Another transaction in the middle of changing rows: the rows SQL selects, locked until closed. */
    static AutoCloseable lock(String sql, Object... parameters) {
        try {
            Connection connection = connect();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql + " FOR UPDATE")) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeQuery().close();
            }
            return () -> {
                connection.rollback();
                connection.close();
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock rows: " + e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getenv("PLANDESK_DB_URL");
        if (url != null && !url.isBlank()) {
            return DriverManager.getConnection(url, System.getenv("PLANDESK_DB_USER"),
                    System.getenv("PLANDESK_DB_PASSWORD"));
        }
        String file = System.getProperty("jboss.home") + "/standalone/data/plandesk/plandesk";
        return DriverManager.getConnection("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "sa");
    }
}
