package com.plandesk.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/** The charges the OCS was asked for, per service and customer. */
@Stateless
@PermitAll
public class Charges {

    @Inject
    private EntityManager em;

    /** Records the charge once per run and kind: a retried task finds it and records nothing twice. */
    public void record(Service service, Long provisioningId, Charge.Kind kind, BigDecimal amount, String currency,
                String description) {
        if (!charged(provisioningId, kind)) {
            em.persist(new Charge(service, provisioningId, kind, amount, currency, description));
        }
    }

    public boolean charged(Long provisioningId, Charge.Kind kind) {
        return !em.createQuery("select c.id from Charge c where c.provisioningId = :run and c.kind = :kind", Long.class)
                .setParameter("run", provisioningId).setParameter("kind", kind).getResultList().isEmpty();
    }

    /** A customer's charges, newest first. */
    public List<ChargeView> ofCustomer(Long customerId) {
        return em.createQuery("""
                        select c, s.name from Charge c, Service s where s.id = c.serviceId and c.customerId = :customer
                        order by c.chargedAt desc, c.id desc""", Object[].class)
                .setParameter("customer", customerId)
                .getResultStream().map(row -> {
                    Charge c = (Charge) row[0];
                    return new ChargeView(c.getId(), c.getServiceId(), (String) row[1], c.getKind(), c.getAmount(),
                            c.getCurrency(), c.getDescription(), c.getChargedAt(), c.getProvisioningId());
                }).toList();
    }
}
