package com.plandesk.web.screens;

import com.plandesk.staff.StaffAccounts;
import com.plandesk.web.SignInRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A member of staff chooses their own password: always allowed, and required after an admin reset it. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    StaffAccounts accounts;

    private String current;
    private String password;
    private String confirmation;

    public boolean isRequired() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .containsKey(SignInRecords.MUST_CHANGE_PASSWORD);
    }

    public String change() {
        if (password == null || !password.equals(confirmation)) {
            Screens.error("The new password and its confirmation differ.");
            return null;
        }
        Boolean changed = Screens.attempt(() -> {
            accounts.changeOwnPassword(Screens.user(), current, password);
            return true;
        });
        if (changed == null) {
            return null;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getSessionMap().remove(SignInRecords.MUST_CHANGE_PASSWORD);
        context.getFlash().setKeepMessages(true);
        Screens.info("Your password is changed.");
        return "/products.xhtml?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
