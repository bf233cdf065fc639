package com.plandesk.web.screens;

import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customer directory: one box, results while typing; the customers worked on last before that. */
@Named
@ViewScoped
public class CustomerSearch implements Serializable {

    @Inject
    CustomerDirectory customers;

    private String query;
    private transient List<CustomerView> results = List.of();
    private transient List<CustomerView> recent;

    public void search() {
        results = customers.search(query);
    }

    /** Before anything is typed: the customers this user worked on last. */
    public List<CustomerView> getRecent() {
        if (recent == null) {
            recent = customers.recentFor(Screens.user());
        }
        return recent;
    }

    public boolean isSearched() {
        return query != null && !query.isBlank();
    }

    public List<CustomerView> getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

}
