package vn.doithoai.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

    @TestFactory
    Stream<DynamicTest> everyCellHoldsAgainstTheRunningApplication() throws IOException {
        var policy = AuthorizationPolicy.load();
        var fixture = AuthorizationFixture.build();
        var calls = new OperationCalls(fixture);
        return ContractOperation.load().stream().filter(op -> policy.rows().containsKey(op.key()))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> holds(policy.rows().get(op.key()), op, calls, fixture)));
    }

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
