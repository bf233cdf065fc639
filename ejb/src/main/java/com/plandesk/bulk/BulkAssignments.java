package com.plandesk.bulk;

import com.plandesk.assignment.AssignmentRequest;
import com.plandesk.assignment.AssignmentResult;
import com.plandesk.assignment.AssignmentService;
import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.InventoryRequirement;
import com.plandesk.catalog.Product;
import com.plandesk.customer.Contact;
import com.plandesk.customer.ContactRole;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.Site;
import com.plandesk.engine.EngineCommands;
import com.plandesk.inventory.HoldBatch;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.InventoryItem;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import com.plandesk.provisioning.ProvisioningStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Bulk assignment: checks an uploaded file as a whole, then — row by row, for the batch job — resolves the
 * row's customer, product and stock and assigns it through {@link AssignmentService}, the path staff use,
 * each row in its own transaction with its result and its idempotency key. Also the run's counts, its
 * per-row results and the rejects file.
 */
@Stateless
public class BulkAssignments {

    /** The error of a row whose item from stock was taken meanwhile: worth another attempt. */
    public static final String STOCK_TAKEN = "stock_taken";
    private static final Logger LOG = Logger.getLogger(BulkAssignments.class.getName());

    @Inject
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AssignmentService assignments;

    @Inject
    private CustomerDirectory customers;

    @Inject
    private Catalog catalog;

    @Inject
    private Inventory inventory;

    @Inject
    private EngineCommands engine;

    @Inject
    private BulkThrottle throttle;

    /**
     * Checks the whole file and records the run; the caller then starts its job. A file that cannot be read
     * (size, encoding, header, quotes) is refused here and nothing is recorded.
     */
    @RolesAllowed("supervisor")
    public BulkAssignment create(String fileName, byte[] bytes, Map<String, String> defaults, boolean dryRun,
                                 String actor) {
        long limit = Settings.bulkMaxFileMegabytes() * 1024L * 1024L;
        if (bytes == null || bytes.length == 0) {
            throw PlanDeskException.invalid("file", "The file is empty: it needs a header row (customer,product,…) "
                    + "and one row per assignment.");
        }
        if (bytes.length > limit) {
            throw PlanDeskException.invalid("file", String.format(Locale.ROOT, "The file is %.1f MB; the limit is %d MB:"
                    + " split it into smaller files.", bytes.length / 1048576.0, Settings.bulkMaxFileMegabytes()));
        }
        Map<String, String> settings = checkDefaults(defaults);
        String text = BulkCsv.decode(bytes);
        int rows = BulkCsv.check(text, inventory.templateNames(), settings);
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.trim();
        BulkAssignment run = new BulkAssignment(name.length() > 255 ? name.substring(0, 255) : name, dryRun,
                settings, rows, actor);
        em.persist(run);
        em.flush();
        em.persist(new BulkAssignmentFile(run.getId(), text));
        return run;
    }

    private Map<String, String> checkDefaults(Map<String, String> defaults) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (defaults != null) {
            defaults.forEach((column, value) -> {
                String name = column == null ? "" : column.trim().toLowerCase(Locale.ROOT);
                if (value == null || value.isBlank()) {
                    return;
                }
                if (!BulkCsv.DEFAULTABLE.contains(name) && !(name.startsWith(BulkCsv.FIELD)
                        && name.length() > BulkCsv.FIELD.length())) {
                    throw PlanDeskException.invalid(column, "'" + column + "' cannot be a template setting: the "
                            + "settings are " + String.join(", ", BulkCsv.DEFAULTABLE) + " and field:<name>.");
                }
                if (name.equals(BulkCsv.AUTO_RENEW)) {
                    autoRenew(value);
                }
                settings.put(name, value.trim());
            });
        }
        return settings;
    }

    // --- for the job ------------------------------------------------------------------------------------

    public BulkAssignment find(Long id) {
        BulkAssignment run = id == null ? null : em.find(BulkAssignment.class, id);
        if (run == null) {
            throw PlanDeskException.notFound("id", "Bulk assignment " + id + " does not exist.");
        }
        return run;
    }

    public String file(Long id) {
        return em.find(BulkAssignmentFile.class, id).getContent();
    }

    public void jobStarted(Long id, long jobExecutionId) {
        find(id).started(jobExecutionId);
    }

    public void jobEnded(Long id, BulkAssignmentStatus status, String error) {
        find(id).ended(status, error);
    }

    /** Runs whose job was cut off by a crash (still RUNNING) or stopped by a shutdown (STOPPED). */
    public List<BulkAssignment> interrupted(LocalDateTime uploadedBefore) {
        return em.createQuery("select b from BulkAssignment b where b.status in :cut and b.jobExecutionId is not null"
                        + " and b.requestedAt < :before order by b.id", BulkAssignment.class)
                .setParameter("cut", List.of(BulkAssignmentStatus.RUNNING, BulkAssignmentStatus.STOPPED))
                .setParameter("before", uploadedBefore)
                .getResultList();
    }

    /**
     * One row, in its own transaction: its result, its key and its assignment commit together or not at all.
     * A row that already has a result (a restart after a crash redoes the last chunk) is left as it is. A dry
     * run goes through the same checks and is then rolled back; only its result is written (by the caller).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BulkRowOutcome processRow(Long bulkAssignmentId, BulkCsv.Row row, String key, Map<String, String> defaults,
                                     boolean dryRun, StockCursor stock, String requestedBy) {
        stock.beginTransaction(1);
        return assignRow(bulkAssignmentId, row, key, defaults, dryRun, stock, requestedBy,
                earlier(bulkAssignmentId, List.of(row), List.of(key)), null);
    }

    /**
     * The rows of a chunk in one transaction, each exactly as {@link #processRow} would do it: when every row is
     * valid (the common case) a chunk costs one commit instead of one per row, its rows are written in one flush,
     * its items held in one update, and its processes start in one engine command, whose rows are written in one
     * batch. If any row fails, nothing of the chunk is kept and false
     * comes back: the caller then assigns the rows one by one, where a refused row gets its reason. The stock
     * cursor given here is the caller's trial copy, kept only if the chunk commits.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean processRows(Long bulkAssignmentId, List<BulkCsv.Row> rows, List<String> keys,
                               Map<String, String> defaults, StockCursor stock, String requestedBy) {
        stock.beginTransaction(rows.size());
        // the chunk's rows are written in one flush at its end, one batch per table (CommitOrder), not row by row
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            engine.inOneCommand(() -> {
                HoldBatch holds = new HoldBatch();
                Earlier earlier = earlier(bulkAssignmentId, rows, keys);
                for (int i = 0; i < rows.size(); i++) {
                    assignRow(bulkAssignmentId, rows.get(i), keys.get(i), defaults, false, stock, requestedBy, earlier,
                            holds);
                }
                inventory.hold(holds);
            });
        } catch (RuntimeException e) {
            LOG.info(() -> "Bulk assignment " + bulkAssignmentId + ": rows from line " + rows.get(0).line()
                    + " one by one, as one of them failed: " + e);
            context.setRollbackOnly();
            return false;
        }
        return true;
    }

    /**
     * What earlier attempts left for these rows, read once per chunk: their results (a restart after a crash
     * redoes the last chunk) and the idempotency keys an earlier row or run has used.
     */
    private record Earlier(Map<Integer, BulkRowResult> results, Map<String, BulkRowResult> keys) {
    }

    private Earlier earlier(Long bulkAssignmentId, List<BulkCsv.Row> rows, List<String> keys) {
        Map<Integer, BulkRowResult> results = em.createQuery(
                        "select r from BulkRowResult r where r.bulkAssignmentId = :id and r.line in :lines",
                        BulkRowResult.class)
                .setParameter("id", bulkAssignmentId)
                .setParameter("lines", rows.stream().map(BulkCsv.Row::line).toList())
                .getResultStream()
                .collect(Collectors.toMap(BulkRowResult::getLine, Function.identity()));
        Map<String, BulkRowResult> used = em.createQuery(
                        "select r from BulkRowResult r where r.rowKey in :keys", BulkRowResult.class)
                .setParameter("keys", keys)
                .getResultStream()
                .collect(Collectors.toMap(BulkRowResult::getRowKey, Function.identity()));
        return new Earlier(results, used);
    }

    private BulkRowOutcome assignRow(Long bulkAssignmentId, BulkCsv.Row row, String key, Map<String, String> defaults,
                                     boolean dryRun, StockCursor stock, String requestedBy, Earlier earlierAttempts,
                                     HoldBatch holds) {
        BulkRowResult done = earlierAttempts.results().get(row.line());
        if (done != null) {
            return new BulkRowOutcome(done.getStatus(), done.getMessage(), done.getCustomer(), done.getProduct(),
                    done.getProvisioningId());
        }
        Map<String, String> cells = BulkCsv.withDefaults(row.cells(), defaults);
        BulkRowResult earlier = earlierAttempts.keys().get(key);
        if (earlier != null) {
            String message = (dryRun ? "Would not be assigned again: " : "Not assigned again: ")
                    + "bulk assignment " + earlier.getBulkAssignmentId() + " assigned this row (line "
                    + earlier.getLine() + ") already. To assign it again on purpose, add a column that tells the "
                    + "orders apart, e.g. field:order.";
            if (!dryRun) {
                em.persist(new BulkRowResult(bulkAssignmentId, row, BulkRowStatus.DUPLICATE,
                        cells.get(BulkCsv.CUSTOMER), cells.get(BulkCsv.PRODUCT), message));
            }
            return new BulkRowOutcome(BulkRowStatus.DUPLICATE, message, cells.get(BulkCsv.CUSTOMER),
                    cells.get(BulkCsv.PRODUCT), null);
        }
        Customer customer = customers.findByReference(cells.get(BulkCsv.CUSTOMER));
        Product product = catalog.findBySlug(cells.get(BulkCsv.PRODUCT));
        Map<String, Long> picked = new LinkedHashMap<>();
        try {
            List<Long> items = items(product, cells, stock, picked, row.line());
            AssignmentRequest request = new AssignmentRequest(customer.getId(), product.getId(),
                    number(cells.get(BulkCsv.SERVICE), BulkCsv.SERVICE), null, items,
                    autoRenew(cells.get(BulkCsv.AUTO_RENEW)),
                    site(customer, cells.get(BulkCsv.SITE)),
                    contact(customer, cells.get(BulkCsv.BILLING_CONTACT), ContactRole.BILLING, BulkCsv.BILLING_CONTACT),
                    contact(customer, cells.get(BulkCsv.TECHNICAL_CONTACT), ContactRole.TECHNICAL,
                            BulkCsv.TECHNICAL_CONTACT),
                    cells.get(BulkCsv.PO_NUMBER), null, customFields(cells));
            AssignmentResult result = assignments.assignBulkRow(request, requestedBy, bulkAssignmentId, holds);
            stock.use(items, row.line());
            String who = customer.label();
            if (dryRun) {
                context.setRollbackOnly();
                return new BulkRowOutcome(BulkRowStatus.VALID, "Ready: " + product.getName() + " for " + who + ".",
                        who, product.getName(), null);
            }
            em.persist(new BulkRowResult(bulkAssignmentId, row, BulkRowStatus.STARTED, who, product.getName(),
                    "Provisioning " + result.provisioningId() + " started for service " + result.serviceId() + ".",
                    result.provisioningId(), result.serviceId(), key));
            return new BulkRowOutcome(BulkRowStatus.STARTED, null, who, product.getName(), result.provisioningId());
        } catch (PlanDeskException e) {
            if (e.kind() == PlanDeskException.Kind.CONFLICT && !picked.isEmpty()) {
                picked.keySet().forEach(stock::refresh); // what the cursor holds may be taken too
                throw new PlanDeskException(e.kind(), STOCK_TAKEN, e.getMessage(), e.field());
            } else {
                picked.forEach(stock::giveBack);
            }
            throw e;
        } catch (RuntimeException e) {
            picked.forEach(stock::giveBack);
            throw e;
        }
    }

    /** The outcome of a refused row (or a dry run's verdict), in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRow(Long bulkAssignmentId, BulkCsv.Row row, BulkRowOutcome outcome) {
        if (em.find(BulkRowResult.class, new BulkRowResult.Key(bulkAssignmentId, row.line())) == null) {
            em.persist(new BulkRowResult(bulkAssignmentId, row, outcome.status(), outcome.customer(),
                    outcome.product(), outcome.message()));
        }
    }

    /** The named items, and a free one for every required template the row does not name. */
    private List<Long> items(Product product, Map<String, String> cells, StockCursor stock, Map<String, Long> picked,
                             int line) {
        List<Long> items = new ArrayList<>();
        cells.forEach((column, reference) -> {
            if (column.startsWith(BulkCsv.INVENTORY) && reference != null && !reference.isBlank()) {
                InventoryItem item = inventory.findByReference(column.substring(BulkCsv.INVENTORY.length()), reference);
                Integer earlierLine = stock.usedBy(item.getId());
                if (earlierLine != null) {
                    throw PlanDeskException.conflict(column, item.getReference() + " is already given to line "
                            + earlierLine + " of this file: name another item, or leave the cell empty to take one "
                            + "from stock.");
                }
                items.add(item.getId());
            }
        });
        for (InventoryRequirement requirement : product.getInventoryRequirements()) {
            String template = requirement.getTemplate().getName();
            String cell = cells.get(BulkCsv.INVENTORY + template);
            if (requirement.isRequired() && (cell == null || cell.isBlank())) {
                Long id = stock.next(template, inventory);
                if (id == null) {
                    throw PlanDeskException.conflict(BulkCsv.INVENTORY + template, "No " + template + " left in stock"
                            + " for this row: add " + template + " items to the inventory, then upload the rejected "
                            + "rows again.");
                }
                picked.put(template, id);
                items.add(id);
            }
        }
        return items;
    }

    private static Boolean autoRenew(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw PlanDeskException.invalid(BulkCsv.AUTO_RENEW, "auto_renew is '" + value
                    + "': write yes or no.");
        };
    }

    private static Long number(String value, String column) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{1,18}")) {
            throw PlanDeskException.invalid(column, column + " is '" + value + "': give the ID (a number).");
        }
        return Long.valueOf(value.trim());
    }

    /** A site by ID or by name, among the customer's sites. */
    private static Long site(Customer customer, String value) {
        return value == null ? null : pick(customer.getSites(), s -> matches(value, s.getId(), s.getName()),
                Site::getId, BulkCsv.SITE, "site '" + value + "' is not a site of " + customer.label()
                        + ": give one of its sites' IDs or names.");
    }

    /** A contact of the role by ID, name or e-mail, among the customer's contacts. */
    private static Long contact(Customer customer, String value, ContactRole role, String column) {
        return value == null ? null : pick(customer.getContacts(), c -> c.getRole() == role
                        && (matches(value, c.getId(), c.getName()) || value.trim().equalsIgnoreCase(c.getEmail())),
                Contact::getId, column, "'" + value + "' is not a " + role.name().toLowerCase(Locale.ROOT)
                        + " contact of " + customer.label() + ".");
    }

    private static <T> Long pick(List<T> candidates, Predicate<T> match, java.util.function.Function<T, Long> id,
                                 String column, String problem) {
        return candidates.stream().filter(match).map(id).findFirst()
                .orElseThrow(() -> PlanDeskException.notAllowed(column, Character.toUpperCase(problem.charAt(0))
                        + problem.substring(1)));
    }

    private static boolean matches(String value, Long id, String name) {
        String v = value.trim();
        return v.equals(String.valueOf(id)) || v.equalsIgnoreCase(name);
    }

    private static Map<String, String> customFields(Map<String, String> cells) {
        Map<String, String> fields = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (column.startsWith(BulkCsv.FIELD) && value != null && !value.isBlank()) {
                fields.put(column.substring(BulkCsv.FIELD.length()), value.trim());
            }
        });
        return fields.isEmpty() ? null : fields;
    }

    // --- what the screen and the API show ---------------------------------------------------------------

    @RolesAllowed("supervisor")
    public BulkAssignmentView view(Long id, BulkRowStatus rowStatus, int firstRow, int maxRows) {
        BulkAssignment run = find(id);
        Map<BulkRowStatus, Integer> rows = new EnumMap<>(BulkRowStatus.class);
        em.createQuery("""
                        select r.status, count(r) from BulkRowResult r where r.bulkAssignmentId = :id
                        group by r.status""", Object[].class)
                .setParameter("id", id)
                .getResultStream().forEach(r -> rows.put((BulkRowStatus) r[0], ((Long) r[1]).intValue()));
        Map<ProvisioningStatus, Integer> provisionings = new EnumMap<>(ProvisioningStatus.class);
        em.createQuery("""
                        select p.status, count(p) from Provisioning p where p.bulkAssignmentId = :id
                        group by p.status""", Object[].class)
                .setParameter("id", id)
                .getResultStream().forEach(r -> provisionings.put((ProvisioningStatus) r[0], ((Long) r[1]).intValue()));
        var query = em.createQuery("select r, p.status from BulkRowResult r left join Provisioning p "
                        + "on p.id = r.provisioningId where r.bulkAssignmentId = :id"
                        + (rowStatus == null ? "" : " and r.status = :status") + " order by r.line", Object[].class)
                .setParameter("id", id);
        if (rowStatus != null) {
            query.setParameter("status", rowStatus);
        }
        List<BulkRowView> results = query.setFirstResult(Math.max(0, firstRow)).setMaxResults(Math.max(1, maxRows))
                .getResultStream()
                .map(r -> BulkRowView.of((BulkRowResult) r[0], (ProvisioningStatus) r[1]))
                .toList();
        return BulkAssignmentView.of(run, rows, provisionings, throttle.isWaiting(id), results);
    }

    /** The runs, newest first. */
    @RolesAllowed("supervisor")
    public List<BulkAssignment> recent(int max) {
        return em.createQuery("select b from BulkAssignment b order by b.id desc", BulkAssignment.class)
                .setMaxResults(max).getResultList();
    }

    /** The rejected rows as CSV: the file's header plus a reason column, ready to fix and upload again. */
    @RolesAllowed("supervisor")
    public String rejects(Long id) {
        find(id);
        List<String> header = new ArrayList<>();
        BulkCsv.read(file(id), Integer.MAX_VALUE, header::addAll, row -> { });
        List<Map.Entry<String, String>> rejected = em.createQuery("""
                        select r from BulkRowResult r where r.bulkAssignmentId = :id and r.status = :rejected
                        order by r.line""", BulkRowResult.class)
                .setParameter("id", id)
                .setParameter("rejected", BulkRowStatus.REJECTED)
                .getResultStream()
                .map(r -> Map.entry(r.getSource(), "Line " + r.getLine() + ": " + r.getMessage()))
                .toList();
        return BulkCsv.rejects(header, rejected);
    }
}
