package vn.doithoai.authorization;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.authorization.AuthorizationFixture.Owner;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/**
 * How the matrix calls one operation of the contract: its path filled with the fixture's objects (the caller's own, or
 * another's), and a request that a caller who may not call it is refused before anything happens, while one who may
 * gets past the checks of role and scope without changing what the fixture holds: a stale If-Match, an empty body, a
 * fresh Idempotency-Key.
 */
final class OperationCalls {

    /** A version no object has: writes that need If-Match stop at 412 once role and scope are passed. */
    static final String STALE = "\"987654\"";
    /** A Keycloak account id nobody has. */
    static final String NO_ACCOUNT = "00000000-0000-4000-8000-000000000000";
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    private final AuthorizationFixture f;

    OperationCalls(AuthorizationFixture fixture) {
        this.f = fixture;
    }

    /** One request of the matrix, ready to send. */
    record Call(String method, String path, boolean namesAnOwner, boolean namesABodysObject, ContractOperation contract, Owner owner,
            Caller caller) {
    }

    /**
     * Bodies that pass validation, for the operations whose scope or role is decided after the body is read: there a
     * caller out of scope must meet the 404 (or a refused role the 403), not a 400 for an empty body.
     */
    /** Whether the matrix sends a body that passes validation, so that the answer is the object's and the caller's. */
    boolean sendsAValidBody(ContractOperation op) {
        return validBody(op, Owner.OWN) != null;
    }

    private Object validBody(ContractOperation op, Owner owner) {
        return switch (op.key()) {
            case "PUT /api/v1/feedback/{id}/answer" -> Map.of("text", "Trả lời của đơn vị");
            case "PUT /api/v1/plans/{planId}/participants/{id}/rsvp" -> Map.of("response", "ACCEPTED");
            case "PUT /api/v1/plans/{planId}/participants/{id}" -> Map.of("kind", "CITIZEN", "level", "VILLAGE", "person",
                    Map.of("fullName", owner == Owner.OWN ? f.personNames.own() : f.personNames.other(), "wardCode",
                            owner == Owner.OWN ? "phuong-ba-don" : Caller.OTHER_WARD));
            case "POST /api/v1/plans/{planId}/rulings/{rulingId}/progress" -> Map.of("note", "Đã khảo sát");
            // With the sender's consent: a citizen sending as themselves gives their data (their account) with it.
            case "POST /api/v1/plans/{planId}/feedback" -> TestConsents.with(Map.of("kind", "OPINION", "title", "Ý kiến thêm " + f.marker,
                    "content", "Nội dung", "wardCode", "phuong-ba-don"));
            case "POST /api/v1/plans/{planId}/check-ins" -> Map.of("participantId", f.participants.of(owner), "outsideSessionDay", true);
            case "POST /api/v1/plans/{planId}/pending-registrations/{id}/decision" -> Map.of("decision", "REJECTED");
            // Valid, so that a ward officer meets the 404 of another ward's person, not a 400 of the request.
            case "PUT /api/v1/people/{personId}/consents/{purpose}" -> Map.of("noticeVersion", 1, "channel", "PHONE");
            // Valid, so that a body's administrator meets the refusal of founding (403), not a 400 of the request.
            case "POST /api/v1/bodies" -> Map.of("code", "dang-uy-" + UUID.randomUUID().toString().substring(0, 8), "name", "Đảng ủy thử",
                    "kind", "PARTY_COMMITTEE", "localityCode", "xa-nam-ba-don",
                    "administrator", Map.of("fullName", "Trần Văn Bảy", "email", "bay-" + UUID.randomUUID() + "@doithoai.test"));
            // Valid, so that another body's administrator meets the 404 of the body, not a 400 of the request.
            case "POST /api/v1/bodies/{code}/staff" -> Map.of("fullName", "Phan Văn Đức", "email", "duc-" + UUID.randomUUID() + "@doithoai.test",
                    "roles", List.of("secretariat"));
            case "PUT /api/v1/bodies/{code}/staff/{userId}/roles" -> Map.of("roles", List.of("secretariat"));
            // Valid, so that another body's administrator meets the 404 of the body, not a 400 of the request.
            case "POST /api/v1/bodies/{code}/partners" -> Map.of("clientId", "cong-" + UUID.randomUUID().toString().substring(0, 8),
                    "name", "Cổng phản ánh thử", "scopes", List.of("feedback:read"));
            case "PUT /api/v1/bodies/{code}/partners/{clientId}/scopes" -> Map.of("scopes", List.of("feedback:read"));
            // Valid, so that another body's administrator meets the 404 of the body, not a 400 of the request. A callback
            // that refuses at once: what the subscription is sent goes nowhere, quickly.
            case "POST /api/v1/bodies/{code}/webhooks" -> Map.of("partnerClientId", "doi-tac-" + f.marker, "callbackUrl",
                    "http://localhost:1/doi-tac", "events", List.of("PLAN_PUBLISHED"));
            case "PUT /api/v1/bodies/{code}/webhooks/{subscriptionId}" -> Map.of("callbackUrl", "http://localhost:1/doi-tac", "events",
                    List.of("PLAN_PUBLISHED"), "active", false);
            default -> null;
        };
    }

    /** Operations whose body names the object, so that another's object is tried through the body. */
    private static boolean bodyNamesAnOwner(ContractOperation op) {
        return op.key().equals("POST /api/v1/plans/{planId}/check-ins");
    }

    Call of(ContractOperation op, Owner owner, Caller caller) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder path = new StringBuilder();
        boolean namesAnOwner = bodyNamesAnOwner(op);
        boolean namesABodysObject = false;
        while (m.find()) {
            Value value = value(op.path(), m.start(), m.group(1), owner, caller);
            if (value.text() == null) {
                // An object this fixture's dialogue does not have (the admin's own, made once): a code nothing has.
                value = new Value("khong-co", false);
            }
            namesAnOwner |= value.byOwner();
            namesABodysObject |= value.ofBody();
            m.appendReplacement(path, Matcher.quoteReplacement(value.text()));
        }
        m.appendTail(path);
        return new Call(op.method(), path.toString(), namesAnOwner, namesABodysObject, op, owner, caller);
    }

    /** Whose dialogue the calls name. */
    String label() {
        return f.world.label();
    }

    Response send(Call call) {
        return send(call, call.caller().token());
    }

    /** The call, made with the given token instead of its caller's (a caller the policy's columns do not name). */
    Response send(Call call, String token) {
        Owner owner = call.owner();
        Caller caller = call.caller();
        RequestSpecification request = given().redirects().follow(false).header("Accept-Language", "en")
                // Each caller from an address of its own: the limits of public forms must not decide the matrix.
                .header("X-Forwarded-For", "10.98." + caller.ordinal() + "." + (1 + Math.floorMod(call.path().hashCode(), 250)));
        if (token != null) {
            request.auth().oauth2(token);
        }
        ContractOperation op = call.contract();
        if (op.header("If-Match")) {
            request.header("If-Match", STALE);
        }
        if (op.header("Idempotency-Key")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (op.header("X-Tracking-Code")) {
            // An anonymous sender holds the code of what they sent, and tries it on their item or on another's.
            request.header("X-Tracking-Code", f.anonymousCodes.own());
        }
        for (Map.Entry<String, String> q : queryFor(call).entrySet()) {
            request.queryParam(q.getKey(), q.getValue());
        }
        if (op.bodyType() != null) {
            Object valid = validBody(op, owner);
            if (caller == Caller.INTEGRATION && valid instanceof Map<?, ?> fields && op.key().equals("POST /api/v1/plans/{planId}/feedback")) {
                // A partner system names each item it sends by its own reference.
                var withReference = new java.util.LinkedHashMap<Object, Object>(fields);
                withReference.put("externalReference", "pakn-" + UUID.randomUUID());
                valid = withReference;
            }
            if (valid != null) {
                request.contentType("application/json").body(valid);
            } else if (op.bodyType().contains("json")) {
                request.contentType("application/json").body("{}");
            } else {
                request.contentType("application/octet-stream").body(new byte[0]);
            }
        }
        String path = call.path();
        if (op.path().endsWith("/signatures/{signatureId}")) {
            path = path.replace("{fresh}", Long.toString(f.freshSignature()));
        }
        return request.request(call.method(), path);
    }

    /** Lists of the whole installation are narrowed to the fixture's plan, so its objects are on the first page. */
    private Map<String, String> queryFor(Call call) {
        String p = call.contract().path();
        if (p.equals("/api/v1/feedback") || p.equals("/api/v1/follow-up") || p.equals("/api/v1/preparation-tasks")) {
            return Map.of("plan", Long.toString(f.plan), "size", "100");
        }
        if (p.startsWith("/api/v1/feedback/export.") || p.startsWith("/api/v1/follow-up/export.")
                || p.startsWith("/api/v1/preparation-tasks/export.")) {
            // The exports of those lists, with the same filter: every row of the fixture's plan.
            return Map.of("plan", Long.toString(f.plan));
        }
        if (p.endsWith("/feedback/similar")) {
            return Map.of("text", "rác thải sinh hoạt");
        }
        if (p.equals("/api/v1/privacy/subjects")) {
            return Map.of("phone", f.ownSenderPhone);
        }
        if (p.equals("/api/v1/people")) {
            return Map.of("q", f.marker);
        }
        if (p.startsWith("/api/v1/calendar/overrides/") && f.calendarBody != null) {
            // A body's own day is named with its body.
            return Map.of("body", f.calendarBody);
        }
        if (p.endsWith("/participants") || p.endsWith("/feedback")) {
            return Map.of("size", "100");
        }
        return Map.of();
    }

    /** A path value: who owns it (the scoped callers, or another), and whether it is an object of the fixture's body. */
    private record Value(String text, boolean byOwner, boolean ofBody) {

        Value(String text, boolean byOwner) {
            this(text, byOwner, false);
        }
    }

    private Value value(String template, int at, String name, Owner owner, Caller caller) {
        String before = template.substring(0, at);
        switch (name) {
            case "planId":
                return fixed(f.plan);
            case "id":
                if (before.endsWith("/participants/")) {
                    return owned(f.participants.of(owner));
                }
                if (before.endsWith("/pending-registrations/")) {
                    return owned(f.pendingRegistrations.of(owner));
                }
                if (before.equals("/api/v1/me/notifications/")) {
                    // The caller's own bell, not a body's object: nobody reads another's (404), whatever body they oversee.
                    return new Value(Long.toString(f.notifications.getOrDefault(caller, f.plan)), false, false);
                }
                if (before.equals("/api/v1/feedback/")) {
                    // Without an account, "own" is what one sent anonymously, by its code.
                    return owned(caller == Caller.ANONYMOUS ? f.anonymousFeedback.of(owner) : f.feedback.of(owner));
                }
                return fixed(f.plan);
            case "attachmentId":
                return before.contains("/progress/") ? owned(f.progressAttachments.of(owner)) : owned(f.feedbackAttachments.of(owner));
            case "reportId":
                return before.contains("/progress/") ? owned(f.progressReports.of(owner)) : fixed(f.feedbackReport);
            case "rulingId":
                return owned(f.rulings.of(owner));
            case "linkId":
                return fixed(f.raisedBeforeLink);
            case "code":
                if (before.contains("/org-units/")) {
                    // The org tree is read by everyone (its units name places and bodies); only keeping a unit is a body's.
                    return new Value(f.orgUnitCode, false);
                }
                if (before.contains("/plan-templates/")) {
                    return new Value(f.templateCode, false, f.keepsTheBodysOwn());
                }
                if (before.equals("/api/v1/bodies/")) {
                    // The body whose dialogue the fixture made: its people are administered within it.
                    return new Value(f.world == AuthorizationFixture.World.BA_DON ? TestTokens.BA_DON : TestTokens.BAC_GIANH, false, true);
                }
                return new Value(f.trackingCodes.of(owner), true);
            case "subscriptionId":
                // A partner's subscription of the body's: whose it is is decided after the body, as for its people.
                return fixed(f.webhook);
            case "deliveryId":
                return fixed(f.webhookDelivery);
            case "userId":
                // A person of the body's in Keycloak: who it is is decided after the body (404 for another body's).
                return new Value(NO_ACCOUNT, false, true);
            case "clientId":
                // The partner system the fixture registered in its body: whose it is is decided after the body, as a person is.
                return new Value("doi-tac-" + f.marker, false, true);
            case "token":
                return new Value(f.rsvpTokens.of(owner), true);
            case "date":
                return new Value(f.calendarOverrideDate, false, f.keepsTheBodysOwn());
            case "objectType":
                // The fixture's plan's own trail: a record of its body.
                return new Value("Plan", false, true);
            case "objectId":
                return fixed(f.plan);
            case "requestId":
                // A person's request is the body's: whose it is is decided by the body, as for the body's people.
                return fixed(f.subjectRequest);
            case "taskId":
                return fixed(f.task);
            case "batchId":
                return fixed(f.invitationBatch);
            case "minutesId":
                // Signatures are taken on a draft; everything else is tried on the finalised version.
                return fixed(template.contains("/signatures") ? f.draftMinutes : f.minutes);
            case "signatureId":
                // Deleting one is not guarded by a version: each call gets a signature of its own.
                return new Value("{fresh}", false, true);
            case "page":
                return new Value("1", false, true);
            case "revision":
                return new Value("1", false, true);
            case "personId":
                return owned(f.persons.of(owner));
            case "purpose":
                // Handling the matter: giving or taking it back changes nothing else the fixture's callers see.
                return new Value("HANDLE_MATTER", false, false);
            case "verificationId":
                // A citizen's confirmation of their own contact, opened by its code: the matrix's empty body is refused first.
                return new Value("1", false, false);
            case "agendaItemId":
                return fixed(f.agendaItem);
            case "speakerId":
                return fixed(f.speaker);
            default:
                throw new IllegalStateException("The matrix does not know what to put in {" + name + "} of " + template
                        + ": teach OperationCalls.value");
        }
    }

    private static Value fixed(long id) {
        return new Value(Long.toString(id), false, true);
    }

    private static Value owned(long id) {
        return new Value(Long.toString(id), true, true);
    }
}
