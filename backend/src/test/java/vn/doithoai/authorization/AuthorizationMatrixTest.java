package vn.doithoai.authorization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.LocalDate;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.doithoai.authorization.AuthorizationFixture.Owner;
import vn.doithoai.authorization.AuthorizationPolicy.Access;
import vn.doithoai.authorization.AuthorizationPolicy.Row;
import vn.doithoai.testsupport.TestClock;
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
     * A body's people are administered within the body: its own administrator (quantri2, of Bắc Gianh) gets past role and
     * scope on Bắc Gianh's and finds Ba Đồn's not there (404), as does the province's body administrator on either: a
     * body's administration is its own, with no oversight. The province's office and chair administer nobody (403), and
     * only the installation's administrator founds bodies.
     */
    @TestFactory
    Stream<DynamicTest> aBodysAdministratorAdministersItsOwnPeopleOnly() throws IOException {
        var policy = AuthorizationPolicy.load();
        var own = new OperationCalls(bacGianh());
        var other = new OperationCalls(baDon());
        String provinceAdmin = TestTokens.tokenIn(TestTokens.PROVINCE, "quantritinh", "Quản trị Tỉnh ủy", List.of("admin"), null, null);
        Map<String, String> province = Map.of("office", TestTokens.vptinh(), "chair", TestTokens.bithutinh());
        return ContractOperation.load().stream().filter(op -> policy.rows().containsKey(op.key()) && op.path().startsWith("/api/v1/bodies"))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> {
                    List<String> wrong = new ArrayList<>();
                    boolean ofABody = op.path().startsWith("/api/v1/bodies/{code}");
                    boolean founding = op.key().equals("POST /api/v1/bodies");
                    var ownCall = own.of(op, Owner.OWN, Caller.ADMIN);
                    var otherCall = other.of(op, Owner.OWN, Caller.ADMIN);
                    Response r = own.send(ownCall, TestTokens.quantri2());
                    if (founding ? r.statusCode() != 403 : NOT_LET_THROUGH.contains(r.statusCode())) {
                        wrong.add("quantri2 on Bắc Gianh's " + (founding ? "is refused (403)" : "is let in") + ", got " + describe(r));
                    }
                    if (ofABody) {
                        for (var admin : Map.of("quantri2", TestTokens.quantri2(), "the province's administrator", provinceAdmin).entrySet()) {
                            for (var calls : Map.of(other, otherCall, own, ownCall).entrySet()) {
                                if (admin.getKey().equals("quantri2") && calls.getKey() == own) {
                                    continue;
                                }
                                Response o = calls.getKey().send(calls.getValue(), admin.getValue());
                                if (o.statusCode() != 404) {
                                    wrong.add(admin.getKey() + " on " + calls.getKey().label() + "'s people gets 404, got " + describe(o));
                                }
                            }
                        }
                    }
                    if (ofABody || founding) {
                        for (var role : province.entrySet()) {
                            for (var calls : Map.of(other, otherCall, own, ownCall).entrySet()) {
                                Response p = calls.getKey().send(calls.getValue(), role.getValue());
                                if (p.statusCode() != 403) {
                                    wrong.add("the province's " + role.getKey() + " on " + calls.getKey().label() + "'s is refused (403), got "
                                            + describe(p));
                                }
                            }
                        }
                    }
                    if (!wrong.isEmpty()) {
                        fail(op.key() + ":\n  " + String.join("\n  ", wrong));
                    }
                }));
    }

    /**
     * What administrators keep (org units, plan templates, days of the calendar), shared or a body's own: another body's
     * administrator does not find a body's (404; the org tree itself is read by everyone); the province's administrator
     * reads the communes' and changes none (403); a body's administrator reads the shared ones and changes none (403),
     * only the installation's administrator does. A request the API cannot read is refused first (400), as above.
     */
    @TestFactory
    Stream<DynamicTest> aBodysAdministratorKeepsOnlyTheirBodysOwn() throws IOException {
        var policy = AuthorizationPolicy.load();
        var bodysOwn = new OperationCalls(bacGianh());
        var shared = new OperationCalls(baDon());
        String baDonAdmin = TestTokens.tokenIn(TestTokens.BA_DON, "quantri-badon", "Quản Trị Ba Đồn", List.of("admin"), null, null);
        String provinceAdmin = TestTokens.tokenIn(TestTokens.PROVINCE, "quantri-tinh", "Quản Trị Tỉnh", List.of("admin"), null, null);
        // Shared ones the matrix's installation administrator never deletes: the demo's template and a province department
        // (shared), and a day of the national schedule of its own.
        LocalDate day = TestClock.today().plusYears(60).withMonth(10).withDayOfMonth(6);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        String nationalDay = day.toString();
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("day", nationalDay, "kind", "DAY_OFF", "name", "Nghỉ bù dùng chung")).post("/api/v1/calendar/overrides");
        return ContractOperation.load().stream().filter(op -> policy.rows().containsKey(op.key()))
                .filter(op -> op.path().startsWith("/api/v1/org-units/{code}") || op.path().startsWith("/api/v1/plan-templates/{code}")
                        || op.path().startsWith("/api/v1/calendar/overrides/{date}"))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> {
                    List<String> wrong = new ArrayList<>();
                    boolean reads = op.method().equals("GET");
                    boolean treeRead = reads && op.path().startsWith("/api/v1/org-units/");
                    // Which body keeps a unit is the installation administrator's to say, of every unit (the tree is read
                    // by everyone, so refusing tells nothing).
                    boolean installationOnly = op.path().endsWith("/owner");
                    Set<Integer> refused = op.bodyType() == null ? Set.of(403) : Set.of(403, 400);
                    // Another body's administrator.
                    Response r = bodysOwn.send(bodysOwn.of(op, Owner.OWN, Caller.ADMIN), baDonAdmin);
                    if (installationOnly ? !refused.contains(r.statusCode())
                            : treeRead ? r.statusCode() != 200 : r.statusCode() != 404 && !refusedUnread(r, op, bodysOwn)) {
                        wrong.add("Ba Đồn's administrator on Bắc Gianh's own gets " + (installationOnly ? "403" : treeRead ? "200" : "404")
                                + ", got " + describe(r));
                    }
                    // The province's administrator oversees Bắc Gianh.
                    r = bodysOwn.send(bodysOwn.of(op, Owner.OWN, Caller.ADMIN), provinceAdmin);
                    if (reads ? r.statusCode() != 200 : !refused.contains(r.statusCode())) {
                        wrong.add("the province's administrator " + (reads ? "reads" : "is refused (403) on") + " Bắc Gianh's own, got "
                                + describe(r));
                    }
                    // A body's administrator on what the installation shares.
                    var call = shared.of(op, Owner.OWN, Caller.ADMIN);
                    String path = op.path().replace("{code}", op.path().contains("/plan-templates/") ? "commune-2025" : "so-xay-dung")
                            .replace("{date}", nationalDay);
                    r = shared.send(new OperationCalls.Call(call.method(), path, call.namesAnOwner(), call.namesABodysObject(), op, call.owner(),
                            call.caller()), TestTokens.quantri2());
                    if (reads ? r.statusCode() != 200 : !refused.contains(r.statusCode())) {
                        wrong.add("Bắc Gianh's administrator " + (reads ? "reads" : "is refused (403) on") + " a shared one, got " + describe(r));
                    }
                    if (!wrong.isEmpty()) {
                        Row row = policy.rows().get(op.key());
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
