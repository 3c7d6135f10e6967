package vn.doithoai.common.security;

/**
 * The realm roles the product knows, one per kind of user (see docs/authorization-policy.md for who may do what). The
 * string constants are for {@code @RolesAllowed}.
 */
public enum Role {
    ADMIN(Role.ADMIN_ID),
    SECRETARIAT(Role.SECRETARIAT_ID),
    CHAIR(Role.CHAIR_ID),
    UNIT(Role.UNIT_ID),
    WARD(Role.WARD_ID),
    CITIZEN(Role.CITIZEN_ID),
    /** Third-party systems through the confidential client's service account. */
    INTEGRATION(Role.INTEGRATION_ID);

    public static final String ADMIN_ID = "admin";
    public static final String SECRETARIAT_ID = "secretariat";
    public static final String CHAIR_ID = "chair";
    public static final String UNIT_ID = "unit";
    public static final String WARD_ID = "ward";
    public static final String CITIZEN_ID = "citizen";
    public static final String INTEGRATION_ID = "integration";

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
