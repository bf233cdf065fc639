package com.plandesk.customer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** At start, after the migrations: customers written by SQL (the demo data, imports) get the search keys the application computes. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchKeyBackfill {

    private static final Logger LOG = Logger.getLogger(SearchKeyBackfill.class.getName());

    @Resource(lookup = "java:jboss/datasources/PlanDeskDS")
    private DataSource dataSource;

    @PostConstruct
    void fillMissingSearchKeys() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, name, email, phone from customer where name_search is null");
             PreparedStatement update = connection.prepareStatement(
                     "update customer set name_search = ?, email_search = ?, phone_digits = ? where id = ?");
             PreparedStatement addKey = connection.prepareStatement(
                     "insert into customer_name_key (customer_id, name_key) values (?, ?)");
             ResultSet rows = select.executeQuery()) {
            int filled = 0;
            while (rows.next()) {
                update.setString(1, SearchKeys.name(rows.getString(2)));
                update.setString(2, SearchKeys.email(rows.getString(3)));
                update.setString(3, SearchKeys.phone(rows.getString(4)));
                update.setLong(4, rows.getLong(1));
                update.addBatch();
                for (String key : SearchKeys.nameKeys(rows.getString(2))) {
                    addKey.setLong(1, rows.getLong(1));
                    addKey.setString(2, key);
                    addKey.addBatch();
                }
                filled++;
            }
            if (filled > 0) {
                update.executeBatch();
                addKey.executeBatch();
                int count = filled;
                LOG.info(() -> "Search keys computed for " + count + " customers");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the customers' search keys", e);
        }
    }

}
