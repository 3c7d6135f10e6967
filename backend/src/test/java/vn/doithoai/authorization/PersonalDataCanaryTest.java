package vn.doithoai.authorization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.doithoai.authorization.AuthorizationFixture.Owner;
import vn.doithoai.authorization.AuthorizationFixture.Person;
import vn.doithoai.testsupport.FileText;
import vn.doithoai.testsupport.FileTexts;
import vn.doithoai.testsupport.TestTokens;

/**
 * The personal-data canary: people seeded with unique markers (name, phone, e-mail, address, confirmation token), then
 * every operation of the contract called as every caller, on their own objects and on another's, and whatever comes
 * back read as a person would read it (JSON, problem details, and the text and QR codes of every PDF, Word, Excel and
 * CSV file). Each marker may appear only in what a caller who may see that person's data receives.
 */
@QuarkusTest
class PersonalDataCanaryTest {

    @Test
    void everyMarkerReachesOnlyTheCallersWhoMaySeeIt() throws IOException {
        // Ba Đồn's people, whom the policy's callers see as their roles allow, and Bắc Gianh's, whom none of them may see.
        List<AuthorizationFixture> fixtures = List.of(AuthorizationFixture.build(),
                AuthorizationFixture.build(AuthorizationFixture.World.BAC_GIANH));
        List<Person> people = fixtures.stream().flatMap(f -> f.people().stream()).toList();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        for (AuthorizationFixture fixture : fixtures) {
            var calls = new OperationCalls(fixture);
            for (ContractOperation op : ContractOperation.load()) {
                for (Caller caller : Caller.values()) {
                    for (Owner owner : Owner.values()) {
                        var call = calls.of(op, owner, caller);
                        if (owner == Owner.OTHER && !call.namesAnOwner()) {
                            continue; // the same request as for one's own
                        }
                        Response response = calls.send(call);
                        for (Found found : markers(response, op, people, leaks, caller.column)) {
                            seen.computeIfAbsent(found.name(), k -> new TreeSet<>()).add(caller.column);
                            if (!found.person().mayBeSeenBy(caller) && !actsAs(op, found.person(), owner, fixture)) {
                                leaks.add(op.key() + " as " + caller.column + " on " + calls.label() + "'s " + owner.name().toLowerCase()
                                        + " object (" + response.statusCode() + "): " + found.name());
                            }
                        }
                    }
                }
            }
        }
        // The province's office reads every body's dialogues: Bắc Gianh's people reach it, and only it.
        var bacGianh = new OperationCalls(fixtures.get(1));
        for (ContractOperation op : ContractOperation.load()) {
            if (op.method().equals("GET")) {
                var call = bacGianh.of(op, Owner.OWN, Caller.SECRETARIAT);
                for (Found found : markers(bacGianh.send(call, TestTokens.vptinh()), op, people, leaks, "the province's office")) {
                    seen.computeIfAbsent(found.name(), k -> new TreeSet<>()).add("province");
                }
            }
        }
        // The canary must be able to sing: someone who may read each marker does, else the test sees nothing.
        Set<String> unseen = new TreeSet<>();
        for (Person person : people) {
            String reader = fixtures.get(0).people().contains(person) ? Caller.SECRETARIAT.column : "province";
            for (String field : person.markers().keySet()) {
                if (!seen.getOrDefault(person.label() + " " + field, Set.of()).contains(reader)) {
                    unseen.add(person.label() + " " + field + " (never read by " + reader + ")");
                }
            }
        }
        assertTrue(unseen.isEmpty(), "Markers nobody who may read them received, so the canary proves nothing about them: " + unseen);
        assertTrue(leaks.isEmpty(), "Personal data reached callers who may not see it:\n  " + String.join("\n  ", leaks));
    }

    /** A person's marker found in an answer; its name is "label field". */
    private record Found(Person person, String name) {
    }

    /** Every person's marker the answer carries, read as a person would; unreadable parts are leaks. */
    private static List<Found> markers(Response response, ContractOperation op, List<Person> people, List<String> leaks, String who) {
        FileText text = read(response, op);
        if (!text.unread().isEmpty()) {
            leaks.add(op.key() + " as " + who + ": parts of the answer could not be read, so it cannot be called clean: " + text.unread());
        }
        List<Found> found = new ArrayList<>();
        for (Person person : people) {
            for (Map.Entry<String, String> marker : person.markers().entrySet()) {
                if (text.contains(marker.getValue())) {
                    found.add(new Found(person, person.label() + " " + marker.getKey()));
                }
            }
        }
        return found;
    }

    /**
     * Who holds a person's confirmation token is that person, for the operations the token opens: their own page
     * shows them their own data. Nothing else is excused.
     */
    private static boolean actsAs(ContractOperation op, Person person, Owner owner, AuthorizationFixture f) {
        return op.path().startsWith("/api/v1/rsvp/{token}") && person.token() != null
                && person.token().equals(f.rsvpTokens.of(owner));
    }

    private static FileText read(Response response, ContractOperation op) {
        String type = response.contentType();
        if (type == null || type.isBlank() || response.asByteArray().length == 0) {
            return new FileText("", "", List.of(), List.of());
        }
        return FileTexts.read(response.asByteArray(), type);
    }
}
