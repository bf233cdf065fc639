package com.plandesk.web.screens;

import com.plandesk.kernel.PlanDeskException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every screen does with the application's answers: a refusal becomes a message staff can act on. */
final class Screens {

    private static final Logger LOG = Logger.getLogger(Screens.class.getName());

    private Screens() {
    }

    /** Runs an action; on refusal shows why and returns null. */
    static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (PlanDeskException e) {
            error(e.getMessage());
        } catch (EJBAccessException e) {
            error("Your role does not allow this.");
        } catch (EJBException e) {
            if (e.getCause() instanceof PlanDeskException refused) {
                error(refused.getMessage());
            } else {
                LOG.log(Level.SEVERE, "Unexpected error", e);
                error("Something went wrong on the server; nothing was changed. The error is in the server log.");
            }
        }
        return null;
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().validationFailed();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    static boolean isUserInRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
