package vn.doithoai.common.persistence;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The one way a demo loader makes sure its step is applied once: it claims the step's row in {@code demo_data_applied}. */
@ApplicationScoped
public class DemoSteps {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims the step in the caller's transaction, so the claim and the data commit or roll back together. False when the
     * step was applied before, or another instance starting at the same time has it (it waits on that row's lock).
     */
    @Transactional(TxType.MANDATORY)
    public boolean claim(String step) {
        return em.createNativeQuery("insert ignore into demo_data_applied (script, applied_at) values (?1, ?2)")
                .setParameter(1, step).setParameter(2, Instant.now(clock)).executeUpdate() == 1;
    }
}
