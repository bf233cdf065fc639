package com.plandesk.connector.simulator;

import com.plandesk.connector.network.NetworkConnector;
import com.plandesk.connector.network.NetworkException;
import com.plandesk.kernel.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The network (HLR/HSS, RADIUS) as a simulator, the default connector: it remembers what was activated
 * and, per mode, refuses connections, answers errors, hangs until the configured timeout or answers after it.
 */
@ApplicationScoped
public class NetworkSimulator implements NetworkConnector {

    private final Map<String, String> hlr = new ConcurrentHashMap<>();
    private final Map<String, String> radius = new ConcurrentHashMap<>();
    private final Set<String> activeServices = ConcurrentHashMap.newKeySet();
    /** Barred SIMs ("hlr:" + ICCID) and RADIUS accounts ("radius:" + user name). */
    private final Set<String> barred = ConcurrentHashMap.newKeySet();
    private volatile SimulatorMode mode = SimulatorMode.OK;

    public SimulatorMode mode() {
        return mode;
    }

    public void setMode(SimulatorMode mode) {
        this.mode = mode;
    }

    @Override
    public void activateSim(String iccid, String msisdn) {
        call("HLR/HSS", () -> hlr.put(iccid, msisdn == null ? "" : msisdn));
    }

    @Override
    public boolean isSimActive(String iccid) {
        return call("HLR/HSS", () -> hlr.containsKey(iccid) && !barred.contains("hlr:" + iccid));
    }

    @Override
    public void createRadiusAccount(String username, String modemSerial) {
        call("RADIUS", () -> radius.put(username, modemSerial == null ? "" : modemSerial));
    }

    @Override
    public boolean hasRadiusAccount(String username) {
        return call("RADIUS", () -> radius.containsKey(username) && !barred.contains("radius:" + username));
    }

    @Override
    public void activateService(String serviceKey) {
        call("network", () -> activeServices.add(serviceKey));
    }

    @Override
    public boolean isServiceActive(String serviceKey) {
        return call("network", () -> activeServices.contains(serviceKey));
    }

    @Override
    public void setSimBarred(String iccid, boolean bar) {
        call("HLR/HSS", () -> bar ? barred.add("hlr:" + iccid) : barred.remove("hlr:" + iccid));
    }

    @Override
    public void deactivateSim(String iccid) {
        call("HLR/HSS", () -> barred.remove("hlr:" + iccid) | hlr.remove(iccid) != null);
    }

    @Override
    public void setRadiusBarred(String username, boolean bar) {
        call("RADIUS", () -> bar ? barred.add("radius:" + username) : barred.remove("radius:" + username));
    }

    @Override
    public void deleteRadiusAccount(String username) {
        call("RADIUS", () -> barred.remove("radius:" + username) | radius.remove(username) != null);
    }

    @Override
    public void deactivateService(String serviceKey) {
        call("network", () -> activeServices.remove(serviceKey));
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
