package com.plandesk.web.screens;

import static com.plandesk.kernel.Text.blankToNull;

import com.plandesk.assignment.AssignmentRequest;
import com.plandesk.assignment.AssignmentResult;
import com.plandesk.assignment.Assignments;
import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductView;
import com.plandesk.customer.ContactRole;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerType;
import com.plandesk.customer.CustomerView;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.Reservations;
import com.plandesk.inventory.ItemView;
import com.plandesk.inventory.ReservationView;
import com.plandesk.provisioning.ProvisioningActions;
import com.plandesk.provisioning.ProvisioningQueries;
import com.plandesk.provisioning.ProvisioningStatus;
import com.plandesk.provisioning.ProvisioningView;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.OcsAccounts;
import com.plandesk.service.ServiceStatus;
import com.plandesk.service.ServiceView;
import jakarta.annotation.PreDestroy;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Assign Plan workflow: customer → service (add-ons) → inventory → auto-renew → business details →
 * review → Confirm & Provision → live progress → completion. Every rule is the application's
 * ({@link com.plandesk.assignment.Assignments}; the step order is {@link AssignSteps}); the screen only asks,
 * shows and reserves. Longer than 300 lines because it is the page's whole state, with the forty one-line
 * accessors JSF binds the page's fields to: one view-scoped bean per page.
 */
@Named
@ViewScoped
public class AssignPlan implements Serializable {

    public enum Step { CUSTOMER, SERVICE, INVENTORY, AUTO_RENEW, INSTALLATION, BUSINESS, REVIEW, PROGRESS }

    @Inject
    Catalog catalog;

    @Inject
    CustomerDirectory customers;

    @Inject
    Inventory inventory;

    @Inject

    Reservations reservations;

    @Inject
    Assignments assignments;

    @Inject
    ProvisioningQueries provisionings;

    @Inject
    ProvisioningActions actions;

    @Inject
    ServiceRecords services;

    @Inject

    OcsAccounts ocsAccounts;

    private Long productId;
    private Long customerId;
    private Long serviceId;

    private ProductView product;
    private CustomerView customer;
    private Step step;
    private String query;
    private List<CustomerView> results = List.of();
    private List<ServiceView> candidateServices = List.of();
    private final Map<String, List<ItemView>> available = new LinkedHashMap<>();
    private final Map<String, Long> selected = new LinkedHashMap<>();
    private final Map<Long, ItemView> shown = new LinkedHashMap<>();
    private List<Long> reservedIds = List.of();
    private String reservationToken;
    private LocalDateTime reservedUntil;
    private Boolean autoRenew;
    private Long siteId;
    private Long billingContactId;
    private Long technicalContactId;
    private String poNumber;
    private String costCentre;
    private String accountNumber;
    private LocalDate installationDate;
    private boolean chargeAuthorised;
    private Long provisioningId;
    private ProvisioningView progress;
    private String balanceBefore;
    private String balanceAfter;

    /** Opened from the catalog (product), a customer's page (customer) or a service's Add-ons (service). */
    public void open() {
        if (step != null) {
            return;
        }
        if (productId == null) {
            Screens.error("Choose a product in the catalog first.");
            return;
        }
        product = Screens.attempt(() -> catalog.view(productId));
        if (product == null) {
            return;
        }
        step = Step.CUSTOMER;
        if (customerId != null) {
            selectCustomer(customerId);
        }
    }

    // --- customer --------------------------------------------------------------------------------

    public void search() {
        results = customers.search(query);
    }

    public void selectCustomer(Long id) {
        CustomerView chosen = Screens.attempt(() -> customers.view(id));
        if (chosen == null) {
            return;
        }
        if (Screens.attempt(() -> {
            assignments.checkEligibility(chosen.id(), productId);
            return Boolean.TRUE;
        }) == null) {
            return; // the message says what to do (payment method, customer type, status)
        }
        customer = chosen;
        if (isAddon()) {
            candidateServices = services.ofCustomer(customer.id(), product.serviceType()).stream()
                    .filter(s -> s.status() == ServiceStatus.ACTIVE).toList();
            if (serviceId == null && candidateServices.size() == 1) {
                serviceId = candidateServices.get(0).id();
            }
        }
        step = steps().after(Step.CUSTOMER);
        if (step == Step.INVENTORY) {
            enterInventory();
        }
    }

    public void changeCustomer() {
        releaseReservation();
        customer = null;
        serviceId = null;
        step = Step.CUSTOMER;
    }

    // --- add-on target ----------------------------------------------------------------------------

    public void confirmService() {
        if (serviceId == null) {
            Screens.error(candidateServices.isEmpty() ? noServiceMessage() : "Choose the service that receives the add-on.");
            return;
        }
        balanceBefore = ocsAccounts.balances(serviceId);
        enterInventory();
    }

    public String noServiceMessage() {
        return customer.name() + " has no active " + product.serviceType().label() + " service: give them a "
                + product.serviceType().label() + " plan first.";
    }

    // --- inventory ----------------------------------------------------------------------------------

    /** Each selector offers the free items of its template, and the one this agent holds. */
    private void enterInventory() {
        available.clear();
        for (ProductView.Requirement requirement : product.inventoryRequirements()) {
            List<ItemView> items = new ArrayList<>(inventory.availableItems(requirement.template()));
            items.forEach(i -> shown.put(i.id(), i));
            Long held = selected.get(requirement.template());
            if (held != null && reservedIds.contains(held) && items.stream().noneMatch(i -> i.id().equals(held))) {
                items.add(0, shown.get(held));
            }
            available.put(requirement.template(), items);
            if (requirement.required() && items.isEmpty() && !selected.containsKey(requirement.template())) {
                Screens.error("No inventory available for " + requirement.template()
                        + " — add items or check the template name.");
            }
        }
        step = Step.INVENTORY;
        if (product.inventoryRequirements().isEmpty()) {
            next();
        }
    }

    /** A selection changed: the new set is reserved, the old reservation released. */
    public void reserve() {
        List<Long> ids = selected.values().stream().filter(Objects::nonNull).toList();
        if (ids.equals(reservedIds)) {
            return;
        }
        ReservationView reservation = Screens.attempt(() ->
                reservations.replaceReservation(reservationToken, ids, Screens.user()));
        if (reservation != null || ids.isEmpty()) {
            reservationToken = reservation == null ? null : reservation.token();
            reservedUntil = reservation == null ? null : reservation.expiresAt();
            reservedIds = ids;
        } else {
            // someone else took an item: keep what this agent still holds and show what is left
            selected.replaceAll((template, id) -> reservedIds.contains(id) ? id : null);
            enterInventory();
            PrimeFaces.current().ajax().update("assign");
        }
    }

    // --- moving on ----------------------------------------------------------------------------------

    public void next() {
        switch (step) {
            case INVENTORY -> {
                for (ProductView.Requirement r : product.inventoryRequirements()) {
                    if (r.required() && selected.get(r.template()) == null) {
                        Screens.error("Choose a " + r.template() + " (required).");
                        return;
                    }
                }
                step = steps().after(step);
            }
            case AUTO_RENEW -> {
                if (autoRenew == null) {
                    Screens.error("Answer whether the plan renews automatically.");
                    return;
                }
                step = steps().after(step);
            }
            case INSTALLATION -> {
                if (isInstallationInThePast()) {
                    return;
                }
                step = steps().after(step);
            }
            case BUSINESS -> step = steps().after(step);
            default -> { }
        }
    }

    public void answerAutoRenew(boolean answer) {
        autoRenew = answer;
        next();
    }

    private AssignSteps steps() {
        return AssignSteps.of(isAddon(), product.recurringPrice() != null, isInternet(), isBusiness());
    }

    public void back() {
        step = steps().before(step);
    }

    /**
     * [Cancel] on the review: the reserved items go back to stock, and staff go back where they began — the
     * customer's page when they came with the customer, the catalog otherwise — told so.
     */
    public String cancel() {
        boolean held = reservationToken != null;
        releaseReservation();
        Screens.info("Assignment of " + product.name() + " cancelled"
                + (held ? ": the reserved items were released and are offered again." : "."));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return customerId != null ? "/customer?faces-redirect=true&id=" + customerId : "/products?faces-redirect=true";
    }

    public void confirm() {
        if (isAddon() && !chargeAuthorised) {
            Screens.error("Confirm that " + customer.name() + " agrees to the charge of " + price() + ".");
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (costCentre != null && !costCentre.isBlank()) {
            fields.put("Cost centre", costCentre.trim());
        }
        if (accountNumber != null && !accountNumber.isBlank()) {
            fields.put("Account number", accountNumber.trim());
        }
        AssignmentRequest request = new AssignmentRequest(customer.id(), productId, isAddon() ? serviceId : null,
                reservationToken, new ArrayList<>(selected.values().stream().filter(Objects::nonNull).toList()),
                Boolean.TRUE.equals(autoRenew), siteId, billingContactId, technicalContactId,
                blankToNull(poNumber), installationDate, fields.isEmpty() ? null : fields);
        AssignmentResult result = Screens.attempt(() -> assignments.assign(request, Screens.user()));
        if (result != null) {
            reservationToken = null;
            reservedIds = List.of();
            provisioningId = result.provisioningId();
            progress = provisionings.view(provisioningId);
            step = Step.PROGRESS;
        }
    }

    // --- progress ----------------------------------------------------------------------------------

    /** Polled every 0.2 s while the modal shows. */
    public void refresh() {
        progress = provisionings.view(provisioningId);
        if (isSucceeded() && isAddon() && balanceAfter == null) {
            balanceAfter = ocsAccounts.balances(serviceId);
        }
    }

    public void retry() {
        ProvisioningView retried = Screens.attempt(() -> actions.retry(provisioningId, Screens.user()));
        if (retried != null) {
            progress = retried;
        }
    }

    public boolean isRunning() {
        return progress != null && progress.status() == ProvisioningStatus.RUNNING;
    }

    public boolean isSucceeded() {
        return progress != null && progress.status() == ProvisioningStatus.SUCCEEDED;
    }

    public boolean isFailed() {
        return progress != null && progress.status() == ProvisioningStatus.FAILED;
    }

    public int getPercent() {
        return progress == null || progress.total() == 0 ? 0 : progress.done() * 100 / progress.total();
    }

    public String symbol(String status) {
        return switch (status) {
            case "DONE" -> "✓";
            case "RUNNING" -> "⟳";
            case "FAILED" -> "✗";
            default -> "○";
        };
    }

    @PreDestroy
    void releaseAbandoned() {
        // a view left mid-way keeps nothing reserved beyond the reservation's own expiry
        if (reservationToken != null && step != Step.PROGRESS) {
            try {
                reservations.release(reservationToken);
            } catch (RuntimeException ignored) {
                // expired or already used: nothing to give back
            }
        }
    }

    private void releaseReservation() {
        if (reservationToken != null) {
            Screens.attempt(() -> reservations.release(reservationToken));
            reservationToken = null;
            reservedUntil = null;
        }
        reservedIds = List.of();
        selected.clear();
    }

    // --- what the page reads -------------------------------------------------------------------------

    public boolean isAddon() {
        return product != null && product.category() == ProductCategory.ADDON;
    }

    public boolean isBusiness() {
        return customer != null && customer.type() == CustomerType.BUSINESS;
    }

    public boolean isInternet() {
        return product != null && product.serviceType() == com.plandesk.catalog.ServiceType.INTERNET;
    }

    public String getSetupFee() {
        return product.describeSetupFee();
    }

    public String price() {
        return product.describePrice();
    }

    public String getPrice() {
        return price();
    }

    public String getReservedUntilText() {
        return reservedUntil == null ? null : reservedUntil.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** "SIM-00123 · ICCID: 8944… (New)": the reference, what identifies it, and its status. */
    public String itemLabel(ItemView item) {
        return item.reference() + (item.identifier() != null ? " · " + item.description() : "")
                + " (" + item.status().label() + ")";
    }

    public List<ItemView> itemsOf(String template) {
        return available.getOrDefault(template, List.of());
    }

    public String describeSelected(String template) {
        Long id = selected.get(template);
        ItemView item = id == null ? null : shown.get(id);
        return item == null ? "—" : item.reference() + (item.identifier() == null ? "" : " (" + item.description() + ")");
    }

    /** A day in the past is refused as soon as it is picked, beside the field. */
    public void checkInstallationDate() {
        isInstallationInThePast();
    }

    private boolean isInstallationInThePast() {
        if (installationDate != null && installationDate.isBefore(LocalDate.now())) {
            FacesContext.getCurrentInstance().addMessage("assign:installationDate", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, "The installation date cannot be in the past: choose today or later.",
                    null));
            return true;
        }
        return false;
    }

    /** The first day the date picker offers. */
    public LocalDate getToday() {
        return LocalDate.now();
    }

    /** The business order's details as the review lists them: only those given. */
    public List<Map.Entry<String, String>> getOrderLines() {
        Map<String, String> lines = new LinkedHashMap<>();
        if (customer != null && siteId != null) {
            customer.sites().stream().filter(s -> s.id().equals(siteId)).findFirst()
                    .ifPresent(site -> lines.put("Site", site.label()));
        }
        putContact(lines, "Billing contact", billingContactId);
        putContact(lines, "Technical contact", technicalContactId);
        putIfGiven(lines, "PO number", poNumber);
        putIfGiven(lines, "Cost centre", costCentre);
        putIfGiven(lines, "Account number", accountNumber);
        if (installationDate != null) {
            lines.put("Installation date", ScreenTime.date(installationDate));
        }
        return List.copyOf(lines.entrySet());
    }

    private void putContact(Map<String, String> lines, String label, Long contactId) {
        if (customer != null && contactId != null) {
            customer.contacts().stream().filter(c -> c.id().equals(contactId)).findFirst()
                    .ifPresent(c -> lines.put(label, c.name() + " (" + c.email() + ")"));
        }
    }

    private static void putIfGiven(Map<String, String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.put(label, value.trim());
        }
    }

    public List<CustomerView.ContactView> contacts(ContactRole role) {
        return customer.contacts().stream().filter(c -> c.role() == role).toList();
    }

    public String getServiceName() {
        return candidateServices.stream().filter(s -> s.id().equals(serviceId)).map(ServiceView::name).findFirst()
                .orElse(null);
    }

    // getters and setters for the page
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getServiceId() { return serviceId; }
    public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
    public ProductView getProduct() { return product; }
    public CustomerView getCustomer() { return customer; }
    public Step getStep() { return step; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<CustomerView> getResults() { return results; }
    public List<ServiceView> getCandidateServices() { return candidateServices; }
    public Map<String, Long> getSelected() { return selected; }
    public Boolean getAutoRenew() { return autoRenew; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public Long getBillingContactId() { return billingContactId; }
    public void setBillingContactId(Long billingContactId) { this.billingContactId = billingContactId; }
    public Long getTechnicalContactId() { return technicalContactId; }
    public void setTechnicalContactId(Long technicalContactId) { this.technicalContactId = technicalContactId; }
    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public String getCostCentre() { return costCentre; }
    public void setCostCentre(String costCentre) { this.costCentre = costCentre; }
    public LocalDate getInstallationDate() { return installationDate; }
    public void setInstallationDate(LocalDate installationDate) { this.installationDate = installationDate; }
    public boolean isChargeAuthorised() { return chargeAuthorised; }
    public void setChargeAuthorised(boolean chargeAuthorised) { this.chargeAuthorised = chargeAuthorised; }
    public Long getProvisioningId() { return provisioningId; }
    public ProvisioningView getProgress() { return progress; }
    public String getBalanceBefore() { return balanceBefore; }
    public String getBalanceAfter() { return balanceAfter; }
}
