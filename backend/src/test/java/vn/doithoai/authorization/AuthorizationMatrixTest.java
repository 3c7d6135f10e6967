package vn.doithoai.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.doithoai.authorization.AuthorizationFixture.Owner;
import vn.doithoai.authorization.AuthorizationPolicy.Access;
import vn.doithoai.authorization.AuthorizationPolicy.Row;
import vn.doithoai.testsupport.TestTokens;

/**
 * The authorization policy (docs/authorization-policy.md) held against the contract and against the running
 * application: every operation has its row, the contract's security names exactly the callers the row lets in, and
 * every cell is called, with "another's object" (another unit's, ward's, citizen's) tried for every scoped cell.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** What an allowed call may not answer: refused, not found, or broken. */
    private static final Set<Integer> NOT_LET_THROUGH = Set.of(401, 403, 404, 405, 500);

    @Test
    void everyOperationOfTheContractHasOneRowAndEveryRowAnOperation() throws IOException {
        var policy = AuthorizationPolicy.load();
        Set<String> contract = ContractOperation.load().stream().map(ContractOperation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(contract);
        missing.removeAll(policy.rows().keySet());
        Set<String> extra = new TreeSet<>(policy.rows().keySet());
        extra.removeAll(contract);
        assertTrue(missing.isEmpty(), "Operations of openapi.yaml without a row in " + AuthorizationPolicy.FILE
                + " (add one: who may call it?): " + missing);
        assertTrue(extra.isEmpty(), "Rows of " + AuthorizationPolicy.FILE + " for operations openapi.yaml does not have: " + extra);
    }

    @Test
    void theContractsSecurityNamesExactlyTheCallersThePolicyLetsIn() throws IOException {
        var policy = AuthorizationPolicy.load();
        List<String> wrong = new ArrayList<>();
        for (ContractOperation op : ContractOperation.load()) {
            Row row = policy.rows().get(op.key());
            if (row == null) {
                continue;
            }
            boolean anonymous = row.of(Caller.ANONYMOUS) != Access.NO;
            Set<String> allowed = new TreeSet<>();
            for (Caller c : EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))) {
                if (row.of(c) != Access.NO) {
                    allowed.add(c.column);
                }
            }
            Set<String> declared = new TreeSet<>(op.roles());
            if (op.anyRole() || op.anonymous() && declared.isEmpty()) {
                declared = Stream.of(Caller.values()).filter(c -> c != Caller.ANONYMOUS).map(c -> c.column).collect(Collectors.toCollection(TreeSet::new));
            }
            if (anonymous != op.anonymous() || !allowed.equals(declared)) {
                wrong.add(op.key() + ": the contract lets in " + (op.anonymous() ? "anonymous, " : "") + declared + ", the policy "
                        + (anonymous ? "anonymous, " : "") + allowed);
            }
        }
        assertTrue(wrong.isEmpty(), "The contract's security disagrees with the policy:\n  " + String.join("\n  ", wrong));
    }

    /** Ba Đồn's dialogue, whose staff are the policy's callers, and Bắc Gianh's, another body on the same installation. */
    private static AuthorizationFixture baDon;
    private static AuthorizationFixture bacGianh;

    private static synchronized AuthorizationFixture baDon() {
        if (baDon == null) {
            baDon = AuthorizationFixture.build();
        }
        return baDon;
    }

    private static synchronized AuthorizationFixture bacGianh() {
        if (bacGianh == null) {
            bacGianh = AuthorizationFixture.build(AuthorizationFixture.World.BAC_GIANH);
        }
        return bacGianh;
    }

    @TestFactory
    Stream<DynamicTest> everyCellHoldsAgainstTheRunningApplication() throws IOException {
        var policy = AuthorizationPolicy.load();
        var fixture = baDon();
        var calls = new OperationCalls(fixture);
        return ContractOperation.load().stream().filter(op -> policy.rows().containsKey(op.key()))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> holds(policy.rows().get(op.key()), op, calls, fixture)));
    }

    /**
     * Every operation on another body's objects, by every staff caller of Ba Đồn the policy lets in: none of it exists for
     * them (404), whatever the role, whatever the method.
     */
    @TestFactory
    Stream<DynamicTest> anotherBodysObjectsDoNotExistForItsStaff() throws IOException {
        var policy = AuthorizationPolicy.load();
        var other = new OperationCalls(bacGianh());
        baDon();
        // Published plans are every body's, for anyone: the public pages are not a body's.
        return ContractOperation.load().stream().filter(op -> policy.rows().containsKey(op.key()) && !op.path().startsWith("/api/v1/public/"))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> {
                    Row row = policy.rows().get(op.key());
                    List<String> wrong = new ArrayList<>();
                    for (Caller caller : STAFF) {
                        var call = other.of(op, Owner.OWN, caller);
                        if (row.of(caller) == Access.NO || !call.namesABodysObject()) {
                            continue;
                        }
                        Response r = other.send(call);
                        if (r.statusCode() != 404 && !refusedUnread(r, op, other)) {
                            wrong.add(caller.column + " of Ba Đồn on Bắc Gianh's object gets 404, got " + describe(r));
                        }
                    }
                    if (!wrong.isEmpty()) {
                        fail(row.operation() + " (" + AuthorizationPolicy.FILE + ":" + row.line() + "):\n  " + String.join("\n  ", wrong));
                    }
                }));
    }

    /**
     * The province's office and chair oversee every body of the province: they read Ba Đồn's and Bắc Gianh's objects
     * wherever their role reads, and change nothing there (403; a request the API cannot read is refused first, 400).
     */
    @TestFactory
    Stream<DynamicTest> theProvinceReadsEveryBodyAndChangesNothing() throws IOException {
        var policy = AuthorizationPolicy.load();
        var worlds = List.of(new OperationCalls(baDon()), new OperationCalls(bacGianh()));
        Map<Caller, String> province = Map.of(Caller.SECRETARIAT, TestTokens.vptinh(), Caller.CHAIR, TestTokens.bithutinh());
        return ContractOperation.load().stream().filter(op -> policy.rows().containsKey(op.key()))
                .filter(op -> !op.path().startsWith("/api/v1/public/") && !op.path().startsWith("/api/v1/rsvp/")
                        && !op.path().startsWith("/api/v1/feedback/track/"))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> {
                    Row row = policy.rows().get(op.key());
                    List<String> wrong = new ArrayList<>();
                    for (var role : province.entrySet()) {
                        if (row.of(role.getKey()) == Access.NO) {
                            continue;
                        }
                        for (OperationCalls calls : worlds) {
                            var call = calls.of(op, Owner.OWN, role.getKey());
                            if (!call.namesABodysObject()) {
                                continue;
                            }
                            Response r = calls.send(call, role.getValue());
                            boolean reads = op.method().equals("GET");
                            Set<Integer> expected = reads ? null : op.bodyType() == null ? Set.of(403) : Set.of(403, 400);
                            boolean ok = reads ? !NOT_LET_THROUGH.contains(r.statusCode()) : expected.contains(r.statusCode());
                            if (!ok) {
                                wrong.add("the province's " + role.getKey().column + (reads ? " reads " : " is refused (403) on ")
                                        + calls.label() + "'s object, got " + describe(r));
                            }
                        }
                    }
                    if (!wrong.isEmpty()) {
                        fail(row.operation() + " (" + AuthorizationPolicy.FILE + ":" + row.line() + "):\n  " + String.join("\n  ", wrong));
                    }
                }));
    }

    /**
     * An empty body that is not valid is refused before any object is looked at (400, the same for every object), as for
     * an object outside one's scope: nothing about the object is told. Only then is anything but 404 fine.
     */
    private static boolean refusedUnread(Response r, ContractOperation op, OperationCalls calls) {
        String type = r.contentType() == null ? "" : r.contentType();
        return r.statusCode() == 400 && op.bodyType() != null && !calls.sendsAValidBody(op) && type.contains("problem+json")
                && (r.asString().contains("doithoai:validation") || r.asString().contains("doithoai:malformed-body"));
    }

    /** The staff roles, which act within a body. */
    private static final List<Caller> STAFF = List.of(Caller.SECRETARIAT, Caller.CHAIR, Caller.UNIT, Caller.WARD, Caller.INTEGRATION);

    private static void holds(Row row, ContractOperation op, OperationCalls calls, AuthorizationFixture f) {
        List<String> wrong = new ArrayList<>();
        // Refusals first: an allowed call may change the fixture's state (409 then), never who may do what.
        for (Caller caller : Caller.values()) {
            var own = calls.of(op, Owner.OWN, caller);
            if (row.of(caller) == Access.NO) {
                int expected = caller == Caller.ANONYMOUS ? 401 : 403;
                Response r = calls.send(own);
                if (r.statusCode() != expected) {
                    wrong.add(caller.column + " is refused (" + expected + "), got " + describe(r));
                }
            }
        }
        for (Caller caller : Caller.values()) {
            Access access = row.of(caller);
            var own = calls.of(op, Owner.OWN, caller);
            var other = calls.of(op, Owner.OTHER, caller);
            if (access == Access.OWN) {
                if (other.namesAnOwner()) {
                    Response r = calls.send(other);
                    if (r.statusCode() != 404) {
                        wrong.add(caller.column + " on another's object gets 404, got " + describe(r));
                    }
                } else {
                    Response r = calls.send(own);
                    String leaked = leaked(r, f);
                    if (leaked != null) {
                        wrong.add(caller.column + " sees another's " + leaked);
                    }
                }
            }
            if (access != Access.NO) {
                Response r = calls.send(own);
                if (NOT_LET_THROUGH.contains(r.statusCode())) {
                    wrong.add(caller.column + " is let in (" + access.name().toLowerCase() + "), got " + describe(r));
                }
                if (access == Access.YES && other.namesAnOwner()) {
                    Response o = calls.send(other);
                    if (NOT_LET_THROUGH.contains(o.statusCode())) {
                        wrong.add(caller.column + " is let in on every object (yes), on another's got " + describe(o));
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(row.operation() + " (" + AuthorizationPolicy.FILE + ":" + row.line() + "):\n  " + String.join("\n  ", wrong));
        }
        assertEquals(row.operation(), op.key());
    }

    /** The first of another scope's markers a scoped list shows, or null. */
    private static String leaked(Response r, AuthorizationFixture f) {
        String type = r.contentType() == null ? "" : r.contentType();
        if (!(type.contains("json") || type.startsWith("text/"))) {
            return null; // Files: the personal-data canary reads them.
        }
        String body = r.asString();
        for (String marker : List.of(f.personNames.other(), f.itemTitles.other(), f.trackingCodes.other(), f.rsvpTokens.other(),
                "Giải quyết " + f.marker + " " + Caller.OTHER_UNIT)) {
            if (body.contains(marker)) {
                return "'" + marker + "'";
            }
        }
        return null;
    }

    private static String describe(Response r) {
        String body = r.asString();
        return r.statusCode() + (body.isBlank() ? "" : " " + body.substring(0, Math.min(200, body.length())).replace('\n', ' '));
    }
}
