package com.plandesk.connector.simulator;

import com.plandesk.connector.network.NetworkConnector;
import com.plandesk.connector.network.NetworkException;
import com.plandesk.kernel.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The network (HLR/HSS, RADIUS) as a simulator, the default connector: it remembers what was activated, in
 * its own table so that a restart keeps it ({@link SimulatorStore}), and, per mode, refuses connections,
 * answers errors, hangs until the configured timeout or answers after it.
 */
@ApplicationScoped
public class NetworkSimulator implements NetworkConnector {

    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    private SimulatorStore store;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** SIMs by ICCID: their number and whether they are barred. */
    private final Entries hlr = new Entries("hlr");
    /** RADIUS accounts by user name: their modem and whether they are barred. */
    private final Entries radius = new Entries("radius");
    private final Entries activeServices = new Entries("network-service");
    private volatile SimulatorMode mode = SimulatorMode.OK;

    public SimulatorMode mode() {
        return mode;
    }

    public void setMode(SimulatorMode mode) {
        this.mode = mode;
    }

    @Override
    public void activateSim(String iccid, String msisdn) {
        call("HLR/HSS", () -> hlr.put(iccid, entry("msisdn", msisdn)));
    }

    @Override
    public boolean isSimActive(String iccid) {
        return call("HLR/HSS", () -> hlr.get(iccid).filter(sim -> !sim.getBoolean("barred")).isPresent());
    }

    @Override
    public void createRadiusAccount(String username, String modemSerial) {
        call("RADIUS", () -> radius.put(username, entry("modem", modemSerial)));
    }

    @Override
    public boolean hasRadiusAccount(String username) {
        return call("RADIUS", () -> radius.get(username).filter(user -> !user.getBoolean("barred")).isPresent());
    }

    @Override
    public void activateService(String serviceKey) {
        call("network", () -> activeServices.put(serviceKey, JsonValue.EMPTY_JSON_OBJECT));
    }

    @Override
    public boolean isServiceActive(String serviceKey) {
        return call("network", () -> activeServices.get(serviceKey).isPresent());
    }

    @Override
    public void setSimBarred(String iccid, boolean bar) {
        call("HLR/HSS", () -> hlr.setBarred(iccid, bar));
    }

    @Override
    public void deactivateSim(String iccid) {
        call("HLR/HSS", () -> hlr.remove(iccid));
    }

    @Override
    public void setRadiusBarred(String username, boolean bar) {
        call("RADIUS", () -> radius.setBarred(username, bar));
    }

    @Override
    public void deleteRadiusAccount(String username) {
        call("RADIUS", () -> radius.remove(username));
    }

    @Override
    public void deactivateService(String serviceKey) {
        call("network", () -> activeServices.remove(serviceKey));
    }

    private static JsonObject entry(String name, String value) {
        return JSON.createObjectBuilder().add(name, value == null ? "" : value).add("barred", false).build();
    }

    /**
     * One system's entries, written through to the store and read from it when first asked for; each change
     * holds only its own key, so that concurrent activations do not wait for each other. A change is written in
     * the calling task's transaction: if that rolls back, the entry is read from the store again.
     */
    private final class Entries {
        private final String kind;
        private final Map<String, JsonObject> cache = new ConcurrentHashMap<>();

        Entries(String kind) {
            this.kind = kind;
        }

        Optional<JsonObject> get(String key) {
            JsonObject cached = cache.get(key);
            return cached != null ? Optional.of(cached) : Optional.ofNullable(cache.computeIfAbsent(key, this::load));
        }

        boolean put(String key, JsonObject state) {
            cache.compute(key, (k, old) -> {
                store.write(kind, k, state.toString());
                return state;
            });
            forgetIfRolledBack(key);
            return true;
        }

        boolean setBarred(String key, boolean bar) {
            return cache.compute(key, (k, old) -> {
                JsonObject current = old != null ? old : load(k);
                if (current == null) {
                    return null;
                }
                JsonObject changed = JSON.createObjectBuilder(current).add("barred", bar).build();
                store.write(kind, k, changed.toString());
                forgetIfRolledBack(k);
                return changed;
            }) != null;
        }

        boolean remove(String key) {
            cache.compute(key, (k, old) -> {
                store.delete(kind, k);
                return null;
            });
            return true; // a rolled-back removal leaves the entry in the store, where the next read finds it
        }

        private void forgetIfRolledBack(String key) {
            if (transactions.getTransactionKey() != null) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status != Status.STATUS_COMMITTED) {
                            cache.remove(key);
                        }
                    }
                });
            }
        }

        private JsonObject load(String key) {
            return store.read(kind, key).map(json -> JSON.createReader(new StringReader(json)).readObject())
                    .orElse(null);
        }
    }

    /** No answer until the client's timeout: the call gives up then, whatever the mode has become. */
    private synchronized void hangUntilTimeout() {
        long until = System.currentTimeMillis() + Settings.networkTimeoutMillis();
        for (long left = until - System.currentTimeMillis(); left > 0; left = until - System.currentTimeMillis()) {
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private <T> T call(String system, Supplier<T> work) {
        switch (mode) {
            case FAIL -> throw new NetworkException("Could not connect to " + system + ": connection refused");
            case ERROR -> throw new NetworkException(system + " answered an error: simulated network failure");
            case HANG -> {
                hangUntilTimeout();
                throw new NetworkException(system + " did not answer within " + Settings.networkTimeoutMillis() + " ms");
            }
            case LATE -> {
                work.get(); // done, but the answer comes after the client gave up
                hangUntilTimeout();
                throw new NetworkException(system + " did not answer within " + Settings.networkTimeoutMillis() + " ms");
            }
            default -> {
                return work.get();
            }
        }
    }
}
