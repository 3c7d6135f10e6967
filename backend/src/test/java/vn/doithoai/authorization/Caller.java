package vn.doithoai.authorization;

import java.util.List;
import java.util.function.Supplier;

import vn.doithoai.testsupport.TestTokens;

/**
 * The callers of the authorization policy, one column each: the demo users of the realm (each scoped as the realm scopes
 * them) and the partner systems' service account. Their scopes are what {@link AuthorizationFixture}'s "own" objects sit in.
 */
enum Caller {
    ANONYMOUS("anonymous", () -> null),
    ADMIN("admin", TestTokens::quantri),
    SECRETARIAT("secretariat", TestTokens::vanphong),
    CHAIR("chair", TestTokens::bithu),
    /** Phòng Tài nguyên và Môi trường. */
    UNIT("unit", TestTokens::phongtnmt),
    /** The officer of Phường Ba Đồn. */
    WARD("ward", TestTokens::phuongbadon),
    /** Công dân congdan, of Phường Ba Đồn. */
    CITIZEN("citizen", TestTokens::congdan),
    /**
     * The demo partner system through its confidential client's service account (a token with no person behind it), with
     * every scope but personal data: a cell says what the partner may do given the operation's scope.
     */
    INTEGRATION("integration", TestTokens::integration);

    /** The unit, ward and citizen whose objects are "another's" for the scoped callers. */
    static final String OTHER_UNIT = "phong-qldt";
    static final String OTHER_WARD = "phuong-quang-tho";
    static final String OTHER_CITIZEN = "congdan-khac";

    final String column;
    private final Supplier<String> token;

    Caller(String column, Supplier<String> token) {
        this.column = column;
        this.token = token;
    }

    /** A fresh signed access token, or null for the anonymous caller. */
    String token() {
        return token.get();
    }

    static String otherCitizenToken() {
        return TestTokens.token(OTHER_CITIZEN, "Công dân khác", List.of("citizen"), null, OTHER_WARD);
    }

    static String otherUnitToken() {
        return TestTokens.token("nv-" + OTHER_UNIT, "Cán bộ Phòng Quản lý đô thị", List.of("unit"), OTHER_UNIT, null);
    }

    static Caller ofColumn(String column) {
        for (Caller c : values()) {
            if (c.column.equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no caller '" + column + "'");
    }
}
