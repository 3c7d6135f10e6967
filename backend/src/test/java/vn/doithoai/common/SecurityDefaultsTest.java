package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class SecurityDefaultsTest {

    @Inject
    AuditLog audit;

    @Test
    void anEndpointWithoutSecurityAnnotationsIsDenied() {
        given().when().get("/api/v1/test-only/unannotated")
                .then().statusCode(401).contentType("application/problem+json")
                .body(not(containsString("should never be served")));
        given().auth().oauth2(TestTokens.quantri()).when().get("/api/v1/test-only/unannotated")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anAuditEntryIsOnlyWrittenInsideTheChangesTransaction() {
        // An audit entry committed apart from its change could record a change that never happened.
        assertThrows(TransactionalException.class,
                () -> audit.record("OrgUnit", "ba-don", "updated", AuditLog.changes().field("name", "a", "b")));
    }
}
