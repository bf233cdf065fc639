package com.plandesk.connector.simulator;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The simulators' own table: each entry written through as it changes, so that a restart keeps every account,
 * balance, SIM and RADIUS entry. A write is one statement: outside a transaction (the OCS simulator's HTTP
 * threads) it commits by itself; inside one (the network simulator, called by a task) it commits or rolls back
 * with the task, which costs a bulk row no commit of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SimulatorStore {

    private static final String UPSERT_POSTGRESQL = """
            insert into simulator_entry (kind, entry_key, state) values (?, ?, ?)
            on conflict (kind, entry_key) do update set state = excluded.state""";
    private static final String UPSERT_H2 = """
            merge into simulator_entry (kind, entry_key, state) key (kind, entry_key) values (?, ?, ?)""";

    @Resource(lookup = "java:jboss/datasources/PlanDeskDS")
    private DataSource dataSource;

    public Optional<String> read(String kind, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select state from simulator_entry where kind = ? and entry_key = ?")) {
            select.setString(1, kind);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The simulator could not read its " + kind + " " + key, e);
        }
    }

    public Map<String, String> readAll(String kind) {
        Map<String, String> entries = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select entry_key, state from simulator_entry where kind = ?")) {
            select.setString(1, kind);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.put(rows.getString(1), rows.getString(2));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("The simulator could not read its " + kind + " entries", e);
        }
    }

    public void write(String kind, String key, String state) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     connection.getMetaData().getDatabaseProductName().equals("H2") ? UPSERT_H2 : UPSERT_POSTGRESQL)) {
            upsert.setString(1, kind);
            upsert.setString(2, key);
            upsert.setString(3, state);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The simulator could not keep its " + kind + " " + key, e);
        }
    }

    public void delete(String kind, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from simulator_entry where kind = ? and entry_key = ?")) {
            delete.setString(1, kind);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The simulator could not remove its " + kind + " " + key, e);
        }
    }
}
