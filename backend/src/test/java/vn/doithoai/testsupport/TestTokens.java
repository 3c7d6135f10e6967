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

    public static String token(String username, String name, List<String> roles, String orgUnit, String ward) {
        return builder(username, name, roles, orgUnit, ward).sign();
    }

    public static JwtClaimsBuilder builder(String username, String name, List<String> roles, String orgUnit, String ward) {
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
        return claims;
    }
}
