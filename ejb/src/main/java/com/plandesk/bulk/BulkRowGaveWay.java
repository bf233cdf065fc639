package com.plandesk.bulk;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/**
 * A chunk that gave way to other work: an item it took from stock was taken meanwhile, or the database chose it
 * to break a deadlock. Nothing of it was kept and the same rows usually go through a moment later, so the job
 * tries them again (the batch spec's retry), one at a time.
 *
 * @param staleTemplates the templates whose free stock, as the run read it, is out of date
 */
@ApplicationException(rollback = true)
public class BulkRowGaveWay extends RuntimeException {

    private final Set<String> staleTemplates;

    public BulkRowGaveWay(String message, Set<String> staleTemplates) {
        super(message, null, false, false);
        this.staleTemplates = Set.copyOf(staleTemplates);
    }

    public Set<String> staleTemplates() {
        return staleTemplates;
    }
}
