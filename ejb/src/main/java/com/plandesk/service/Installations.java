package com.plandesk.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
/** Installation visits for services that need one: the date and the ticket. */
@Stateless
@PermitAll
public class Installations {

    @Inject
    private ServiceRecords records;

    /** The installation date asked for with the assignment, or the third working day from today. */
    public String scheduleInstallation(Long serviceId, LocalDate requested) {
        Service service = records.find(serviceId);
        LocalDate date = requested != null ? requested : workingDaysFrom(LocalDate.now(), 3);
        service.scheduleInstallation(date, null);
        return "Installation on " + date;
    }

    static LocalDate workingDaysFrom(LocalDate day, int workingDays) {
        LocalDate date = day;
        for (int left = workingDays; left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    public String createInstallationTicket(Long serviceId) {
        Service service = records.find(serviceId);
        String ticket = service.getInstallationTicket() != null
                ? service.getInstallationTicket() : "INST-" + service.getId();
        service.scheduleInstallation(service.getInstallationDate(), ticket);
        return "Ticket " + ticket + (service.getInstallationDate() == null ? "" : " for " + service.getInstallationDate());
    }
}
