package vn.doithoai.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.staff.StaffAccess;

/**
 * Who keeps whose partners' subscriptions: whoever administers the body's people (its own administrator, or the
 * installation's), as {@link StaffAccess} decides; another body's subscription does not exist for them (404).
 */
@RequestScoped
public class WebhookAccess {

    @Inject
    StaffAccess staff;

    @Inject
    EntityManager em;

    /** The body of this code, when the caller administers it. */
    public OrgUnit administered(String bodyCode) {
        return staff.administered(bodyCode);
    }

    /** The subscription of this id in the body the caller administers. */
    public WebhookSubscription subscription(String bodyCode, long id) {
        OrgUnit body = administered(bodyCode);
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s == null || s.bodyId != body.id()) {
            throw DomainException.notFound("webhook.not-found", id);
        }
        return s;
    }
}
