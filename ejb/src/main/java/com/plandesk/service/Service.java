package com.plandesk.service;

import com.plandesk.catalog.Product;
import com.plandesk.catalog.ServiceType;
import com.plandesk.catalog.Term;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a customer has ("Mobile - +44 7700 900123"). The record exists from the start of provisioning,
 * INACTIVE, and becomes ACTIVE only when provisioning succeeds.
 */
@Entity
@Table(name = "customer_service")
public class Service {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_service_id")
    @SequenceGenerator(name = "customer_service_id", sequenceName = "customer_service_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("customer")
    private Long customerId;
    @RefersTo("product")
    private Long productId;
    private String name;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    private ServiceStatus status;

    private boolean autoRenew;
    private String ocsAccount;
    private LocalDateTime createdAt;
    private LocalDateTime activatedAt;
    private LocalDateTime terminatedAt;
    private LocalDateTime welcomeSentAt;
    @Embedded
    private OrderDetails order;
    private String installationTicket;
    /** The term paid for now, for a recurring service once it is active. */
    private LocalDateTime currentTermStart;
    private LocalDateTime currentTermEnd;
    /** Suspended because its renewal could not be charged: a renewal that succeeds later resumes it. */
    private boolean suspendedForRenewal;

    @Version
    private long version;

    protected Service() {
    }

    public Service(Long customerId, Long productId, String name, ServiceType serviceType, boolean autoRenew) {
        this.customerId = customerId;
        this.productId = productId;
        this.name = name;
        this.serviceType = serviceType;
        this.autoRenew = autoRenew;
        this.status = ServiceStatus.INACTIVE;
        this.createdAt = LocalDateTime.now();
    }

    void rename(String name) {
        this.name = name;
    }

    void linkOcsAccount(String ocsAccount) {
        this.ocsAccount = ocsAccount;
    }

    void welcomeSent() {
        welcomeSentAt = LocalDateTime.now();
    }

    void scheduleInstallation(LocalDate date, String ticket) {
        order = getOrder().withInstallationDate(date);
        if (ticket != null) {
            installationTicket = ticket;
        }
    }

    /** The order's details; the installation date stays the one scheduled (none until then). */
    void recordOrder(OrderDetails details) {
        order = details.withInstallationDate(getOrder().getInstallationDate());
    }

    /** Only a service that never became active is terminated by cancelling its provisioning. */
    void terminate() {
        status = ServiceStatus.TERMINATED;
        terminatedAt = LocalDateTime.now();
    }

    /** Active from now; a recurring service's first term starts now. */
    void activate(Term term) {
        if (status == ServiceStatus.INACTIVE) {
            status = ServiceStatus.ACTIVE;
            activatedAt = LocalDateTime.now();
            if (term != null) {
                currentTermStart = activatedAt;
                currentTermEnd = term.endOf(activatedAt);
            }
        }
    }

    /** The next term starts where the current one ended, so terms never drift with the renewals' own time. */
    void renew(Term term) {
        currentTermStart = currentTermEnd;
        currentTermEnd = term.endOf(currentTermStart);
    }

    /** A wrong assignment corrected: the service is the other customer's; the old site and contacts go. */
    void moveTo(Long customerId) {
        this.customerId = customerId;
        order = OrderDetails.none().withInstallationDate(getOrder().getInstallationDate());
    }

    void suspend(boolean forRenewal) {
        status = ServiceStatus.SUSPENDED;
        suspendedForRenewal = forRenewal;
    }

    void resume() {
        status = ServiceStatus.ACTIVE;
        suspendedForRenewal = false;
    }

    /** TERMINATED by staff, or EXPIRED at the end of a term without auto-renew. */
    void end(ServiceStatus ended) {
        status = ended;
        terminatedAt = LocalDateTime.now();
    }

    public boolean isSuspendedForRenewal() {
        return suspendedForRenewal;
    }

    /** Staff switch auto-renew on or off: only an active service with terms has the choice. */
    void switchAutoRenew(boolean on) {
        if (status != ServiceStatus.ACTIVE) {
            throw PlanDeskException.conflict("autoRenew", name + " is " + status.name().toLowerCase()
                    + ": auto-renew is switched on an active service.");
        }
        if (currentTermEnd == null) {
            throw PlanDeskException.notAllowed("autoRenew", name + " is paid once, not by the term: it has no "
                    + "auto-renew to switch.");
        }
        autoRenew = on;
    }

    public LocalDateTime getCurrentTermStart() {
        return currentTermStart;
    }

    public LocalDateTime getCurrentTermEnd() {
        return currentTermEnd;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public String getOcsAccount() {
        return ocsAccount;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getWelcomeSentAt() {
        return welcomeSentAt;
    }

    public OrderDetails getOrder() {
        return order == null ? OrderDetails.none() : order;
    }

    public LocalDate getInstallationDate() {
        return getOrder().getInstallationDate();
    }

    public String getInstallationTicket() {
        return installationTicket;
    }

    public LocalDateTime getActivatedAt() {
        return activatedAt;
    }

    /** Why the add-on cannot go to this service, or null. */
    public String addonProblem(Product addon) {
        if (getStatus() != ServiceStatus.ACTIVE) {
            return getName() + " is " + getStatus().name().toLowerCase()
                    + ": add-ons go to active services.";
        }
        if (getServiceType() != addon.getServiceType()) {
            return addon.getName() + " is a " + addon.getServiceType().label() + " add-on and "
                    + getName() + " is a " + getServiceType().label() + " service.";
        }
        if (getOcsAccount() == null) {
            return getName() + " has no OCS account.";
        }
        return null;
    }
}
