package com.plandesk.web.screens;

import com.plandesk.batch.BulkAssignmentJobs;
import com.plandesk.bulk.BulkAssignment;
import com.plandesk.bulk.BulkAssignmentView;
import com.plandesk.bulk.BulkViews;
import com.plandesk.bulk.BulkCsv;
import com.plandesk.bulk.BulkRowStatus;
import com.plandesk.bulk.BulkThrottle;
import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.ProductView;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk assignment for supervisors: upload a CSV with template settings, check it (Validate only) or run it,
 * then follow the run — counts, a progress bar, a result per row and the rejected rows to download.
 */
@Named
@ViewScoped
public class BulkUpload implements Serializable {

    static final int ROWS_SHOWN = 500;

    @Inject
    BulkAssignmentJobs jobs;

    @Inject
    BulkViews bulkViews;

    @Inject
    Catalog catalog;

    @Inject
    BulkThrottle throttle;

    private Long id;
    private transient Part file;
    private String product;
    private String autoRenew;
    private String poNumber;
    private BulkRowStatus rowStatus;
    private transient BulkAssignmentView run;

    public String validate() {
        return submit(true);
    }

    public String run() {
        return submit(false);
    }

    private String submit(boolean dryRun) {
        if (file == null || file.getSize() == 0) {
            Screens.error("Choose a CSV file first (or it was empty).");
            return null;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            Screens.error("The file could not be read: " + e.getMessage());
            return null;
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(BulkCsv.PRODUCT, product);
        defaults.put(BulkCsv.AUTO_RENEW, autoRenew);
        defaults.put(BulkCsv.PO_NUMBER, poNumber);
        Long submitted = Screens.attempt(() -> jobs.submit(file.getSubmittedFileName(), bytes, defaults, dryRun,
                Screens.user()));
        return submitted == null ? null : "/bulk?faces-redirect=true&id=" + submitted;
    }

    /** After a dry run: the same file and settings, for real. */
    public String runChecked() {
        Long submitted = Screens.attempt(() -> jobs.runChecked(id, Screens.user()));
        return submitted == null ? null : "/bulk?faces-redirect=true&id=" + submitted;
    }

    public BulkAssignmentView getRun() {
        if (run == null && id != null) {
            run = Screens.attempt(() -> bulkViews.view(id, rowStatus, 0, ROWS_SHOWN));
        }
        return run;
    }

    /** Polled: counts and rows again. */
    public void refresh() {
        run = null;
    }

    public List<BulkAssignment> getRecent() {
        return bulkViews.recent(20);
    }

    public List<ProductView> getProducts() {
        return catalog.enabledProducts(null, null, null);
    }

    /** The row filters that fit the run, named as its counts are: a validation's rows are valid, a run's started. */
    public List<SelectItem> getRowFilters() {
        boolean dryRun = getRun() != null && getRun().dryRun();
        return List.of(dryRun ? new SelectItem(BulkRowStatus.VALID, "Valid")
                        : new SelectItem(BulkRowStatus.STARTED, "Started"),
                new SelectItem(BulkRowStatus.REJECTED, "Rejected"),
                new SelectItem(BulkRowStatus.DUPLICATE, "Already assigned"));
    }

    /** How many bulk provisionings may be in flight at once, for the note while a run waits for room. */
    public int getInFlightLimit() {
        return throttle.limit();
    }

    public int getRowsShown() {
        return ROWS_SHOWN;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getAutoRenew() {
        return autoRenew;
    }

    public void setAutoRenew(String autoRenew) {
        this.autoRenew = autoRenew;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }

    public BulkRowStatus getRowStatus() {
        return rowStatus;
    }

    public void setRowStatus(BulkRowStatus rowStatus) {
        this.rowStatus = rowStatus;
    }
}
