package vn.doithoai.staff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One administrator's change, made in Keycloak and then recorded in the database (the org unit of a new body, the audit
 * entry): both, or neither. Keycloak takes part in no database transaction, and no transaction stays open while Keycloak
 * is called; so each step done in Keycloak says how to undo it, and when a later step fails (in Keycloak, or the
 * transaction that records the change) the steps done are undone, last first.
 */
final class Compensations {

    private static final Logger LOG = Logger.getLogger(Compensations.class);

    private final String what;
    private final Deque<Runnable> undos = new ArrayDeque<>();

    Compensations(String what) {
        this.what = what;
    }

    /** Runs a step in Keycloak; if it fails, what was done before is undone. */
    void step(Runnable step, Runnable undo) {
        try {
            step.run();
        } catch (RuntimeException e) {
            undoAll();
            throw e;
        }
        undos.push(undo);
    }

    /** Records the change in a transaction of its own; if that fails, everything done in Keycloak is undone. */
    <T> T record(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (RuntimeException e) {
            undoAll();
            throw e;
        }
    }

    void undoAll() {
        while (!undos.isEmpty()) {
            try {
                undos.pop().run();
            } catch (RuntimeException e) {
                LOG.errorf("Could not undo in Keycloak part of a failed change (%s): %s; check the account in the admin console", what,
                        e.toString());
            }
        }
    }
}
