package com.plandesk.web.screens;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.StockAdmin;
import com.plandesk.inventory.ItemImportResult;
import com.plandesk.inventory.ItemStatus;
import com.plandesk.inventory.ItemView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** Stock by template: what is there and in which status; admins add, import, change and retire items. */
@Named
@ViewScoped
public class ManageInventory implements Serializable {

    static final int MAX_SHOWN = 500;

    @Inject
    Inventory inventory;


    @Inject

    StockAdmin stock;

    private List<String> templates;
    private String template;
    private ItemStatus status;
    private List<ItemView> items;

    private String newReference;
    private String newIdentifier;
    private ItemStatus newStatus = ItemStatus.IN_STOCK;
    private ItemImportResult importResult;

    @PostConstruct
    void init() {
        templates = inventory.templateNames();
        template = templates.isEmpty() ? null : templates.get(0);
        refresh();
    }

    public void refresh() {
        items = template == null ? List.of() : inventory.items(template, status, MAX_SHOWN);
    }

    public void addItem() {
        ItemView added = Screens.attempt(() -> stock.addItem(template, newReference, newIdentifier, newStatus));
        if (added != null) {
            Screens.info(added.reference() + " added to " + template + ".");
            newReference = null;
            newIdentifier = null;
            refresh();
        }
    }

    public void changeStatus(ItemView item, ItemStatus to) {
        ItemView changed = Screens.attempt(() -> stock.changeStatus(item.id(), to));
        if (changed != null) {
            Screens.info(changed.reference() + " is now " + changed.status() + ".");
            refresh();
        }
    }

    public void confirmReturned(ItemView item) {
        ItemView returned = Screens.attempt(() -> stock.confirmReturned(item.id()));
        if (returned != null) {
            Screens.info(returned.reference() + " was returned: it is in stock again.");
            refresh();
        }
    }

    public void importFile(FileUploadEvent event) throws IOException {
        String csv = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        importResult = Screens.attempt(() -> stock.importItems(csv));
        if (importResult != null) {
            Screens.info(importResult.added() + " items added, " + importResult.rejected() + " lines rejected.");
            refresh();
        }
    }

    public boolean isAdmin() {
        return Screens.isUserInRole("admin");
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public ItemStatus[] getNewStatuses() {
        return new ItemStatus[] {ItemStatus.NEW, ItemStatus.IN_STOCK};
    }

    public List<String> getTemplates() {
        return templates;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public String getNewReference() {
        return newReference;
    }

    public void setNewReference(String newReference) {
        this.newReference = newReference;
    }

    public String getNewIdentifier() {
        return newIdentifier;
    }

    public void setNewIdentifier(String newIdentifier) {
        this.newIdentifier = newIdentifier;
    }

    public ItemStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ItemStatus newStatus) {
        this.newStatus = newStatus;
    }

    public ItemImportResult getImportResult() {
        return importResult;
    }
}
