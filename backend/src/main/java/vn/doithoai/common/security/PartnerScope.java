package vn.doithoai.common.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a partner system (hệ thống đối tác: the province's feedback portal, the document system, the data-sharing
 * platform) may do, granted per partner by its body's administrator. In Keycloak each is a role of the API's client
 * ({@code doithoai-api}) held by the partner's service account, so it arrives in {@code resource_access.doithoai-api.roles}
 * and Quarkus reads it as a role; a scope counts only together with role {@code integration} (see {@link CurrentUser}).
 * The string constants are for {@code @RolesAllowed}. docs/integration.md lists them for integrators.
 */
public enum PartnerScope {
    /** The body's plans. */
    PLANS_READ(PartnerScope.PLANS_READ_ID),
    /** The body's feedback items, as its office sees them, without the senders' names and contacts. */
    FEEDBACK_READ(PartnerScope.FEEDBACK_READ_ID),
    /** Send feedback items into the body's plans, the partner being their channel. */
    FEEDBACK_WRITE(PartnerScope.FEEDBACK_WRITE_ID),
    /** The rulings (kết luận) on the body's plans and the progress reported on them. */
    RULINGS_READ(PartnerScope.RULINGS_READ_ID),
    /** The body's statistics. */
    STATISTICS_READ(PartnerScope.STATISTICS_READ_ID),
    /** Personal data (senders' names, phones, e-mails) wherever the other scopes show an item. */
    PERSONAL_DATA(PartnerScope.PERSONAL_DATA_ID);

    public static final String PLANS_READ_ID = "plans:read";
    public static final String FEEDBACK_READ_ID = "feedback:read";
    public static final String FEEDBACK_WRITE_ID = "feedback:write";
    public static final String RULINGS_READ_ID = "rulings:read";
    public static final String STATISTICS_READ_ID = "statistics:read";
    public static final String PERSONAL_DATA_ID = "personal-data:read";

    private final String id;

    PartnerScope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PartnerScope> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
