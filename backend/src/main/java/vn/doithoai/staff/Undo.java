package vn.doithoai.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

/**
 * Keycloak takes part in no database transaction: what the backend did there is undone when the transaction it did it
 * in does not commit (a later step failed, the audit entry could not be written, the commit itself failed). So an
 * administrator's change is made in both, Keycloak and the audit trail, or in neither.
 */
@ApplicationScoped
class Undo {

    private static final Logger LOG = Logger.getLogger(Undo.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code undo} if the current transaction ends without committing. */
    void onRollback(String what, Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    undo.run();
                } catch (RuntimeException e) {
                    LOG.errorf("Could not undo in Keycloak after a failed change (%s): %s; fix it in the admin console", what, e.toString());
                }
            }
        });
    }
}
