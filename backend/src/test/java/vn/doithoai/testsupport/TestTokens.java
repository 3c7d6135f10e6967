package vn.doithoai.testsupport;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens shaped like Keycloak's for realm doithoai (realm_access.roles, aud doithoai-api,
 * org_unit and ward claims), verified by the backend against the mock OIDC server's keys.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "doithoai-api";
    /** The body of the Ba Đồn demo users: the ward's Party committee, which carries on the town's dialogues. */
    public static final String BA_DON = "dang-uy-phuong-ba-don";
    /** The second present-day body of the demo. */
    public static final String BAC_GIANH = "dang-uy-phuong-bac-gianh";
    /** The province's Party committee, which oversees every body of the province. */
    public static final String PROVINCE = "tinh-uy-quang-tri";
    private static final List<String> STAFF = List.of("secretariat", "chair", "unit", "ward", "integration");

    private TestTokens() {
    }

    /** The demo users of the realm, with the same roles and claims. */
    public static String quantri() {
        return token("quantri", "Nguyễn Quản Trị", List.of("admin"), null, null);
    }

    public static String vanphong() {
        return token("vanphong", "Trần Văn Phòng", List.of("secretariat"), "vp-thi-uy", null);
    }

    public static String bithu() {
        return token("bithu", "Lê Bí Thư", List.of("chair"), "thi-uy", null);
    }

    public static String phongtnmt() {
        return token("phongtnmt", "Phạm Tài Nguyên", List.of("unit"), "phong-tnmt", null);
    }

    public static String phuongbadon() {
        return token("phuongbadon", "Hoàng Phường", List.of("ward"), null, "phuong-ba-don");
    }

    public static String congdan() {
        return token("congdan", "Võ Công Dân", List.of("citizen"), null, "phuong-ba-don");
    }

    /** Staff hold their roles in the Ba Đồn body, as the demo users do; citizens and the installation's admin in none. */
    /** Phường Bắc Gianh's office, chair, unit and body administrator. */
    public static String vanphong2() {
        return tokenIn(BAC_GIANH, "vanphong2", "Đặng Văn Phòng", List.of("secretariat"), "vp-dang-uy-phuong-bac-gianh", null);
    }

    public static String bithu2() {
        return tokenIn(BAC_GIANH, "bithu2", "Hồ Bí Thư", List.of("chair"), "dang-uy-phuong-bac-gianh", null);
    }

    public static String donvi2() {
        return tokenIn(BAC_GIANH, "donvi2", "Ngô Đơn Vị", List.of("unit"), "phong-kinh-te-phuong-bac-gianh", null);
    }

    public static String quantri2() {
        return tokenIn(BAC_GIANH, "quantri2", "Lý Quản Trị", List.of("admin"), null, null);
    }

    /** The province's office and chair: they oversee every body of the province. */
    public static String vptinh() {
        return tokenIn(PROVINCE, "vptinh", "Mai Văn Phòng", List.of("secretariat"), "vp-tinh-uy-quang-tri", null);
    }

    public static String bithutinh() {
        return tokenIn(PROVINCE, "bithutinh", "Đoàn Bí Thư", List.of("chair"), "tinh-uy-quang-tri", null);
    }

    /** The demo partner system, doithoai-integration of the Ba Đồn body, with the scopes the realm grants it. */
    public static final List<String> DEMO_PARTNER_SCOPES = List.of("plans:read", "feedback:read", "feedback:write", "rulings:read",
            "statistics:read");

    public static String integration() {
        return partner("doithoai-integration", BA_DON, DEMO_PARTNER_SCOPES);
    }

    /**
     * A partner's client-credentials token as Keycloak issues it: the service account (no name, no person), role
     * integration, the body attribute, {@code azp} the client id and the granted scopes as roles of the API's client.
     */
    public static String partner(String clientId, String body, List<String> scopes) {
        JwtClaimsBuilder claims = builder("service-account-" + clientId, null, List.of("integration"), null, null, body)
                .claim("azp", clientId)
                .claim("resource_access", Map.of(AUDIENCE, Map.of("roles", scopes)));
        return claims.sign();
    }

    public static String token(String username, String name, List<String> roles, String orgUnit, String ward) {
        return builder(username, name, roles, orgUnit, ward).sign();
    }

    /** A token whose staff roles are held in the given body (null: none). */
    public static String tokenIn(String body, String username, String name, List<String> roles, String orgUnit, String ward) {
        return builder(username, name, roles, orgUnit, ward, body).sign();
    }

    public static JwtClaimsBuilder builder(String username, String name, List<String> roles, String orgUnit, String ward) {
        return builder(username, name, roles, orgUnit, ward, roles.stream().anyMatch(STAFF::contains) ? BA_DON : null);
    }

    public static JwtClaimsBuilder builder(String username, String name, List<String> roles, String orgUnit, String ward, String body) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("sub-" + username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300);
        if (name != null) {
            claims.claim("name", name);
        }
        if (orgUnit != null) {
            claims.claim("org_unit", orgUnit);
        }
        if (ward != null) {
            claims.claim("ward", ward);
        }
        if (body != null) {
            claims.claim("body", body);
        }
        return claims;
    }
}
