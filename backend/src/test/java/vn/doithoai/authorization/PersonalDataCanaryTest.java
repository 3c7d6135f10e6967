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
        var fixture = AuthorizationFixture.build();
        var calls = new OperationCalls(fixture);
        Map<String, Set<Caller>> seen = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        for (ContractOperation op : ContractOperation.load()) {
            for (Caller caller : Caller.values()) {
                for (Owner owner : Owner.values()) {
                    var call = calls.of(op, owner, caller);
                    if (owner == Owner.OTHER && !call.namesAnOwner()) {
                        continue; // the same request as for one's own
                    }
                    Response response = calls.send(call);
                    FileText text = read(response, op);
                    if (!text.unread().isEmpty()) {
                        leaks.add(op.key() + " as " + caller.column + ": parts of the answer could not be read, so it cannot be "
                                + "called clean: " + text.unread());
                    }
                    for (Person person : fixture.people()) {
                        for (Map.Entry<String, String> marker : person.markers().entrySet()) {
                            if (!text.contains(marker.getValue())) {
                                continue;
                            }
                            seen.computeIfAbsent(person.label() + " " + marker.getKey(), k -> EnumSet.noneOf(Caller.class)).add(caller);
                            if (!person.mayBeSeenBy(caller) && !actsAs(op, person, owner, fixture)) {
                                leaks.add(op.key() + " as " + caller.column + " (" + owner.name().toLowerCase() + "'s object, "
                                        + response.statusCode() + "): " + person.label() + "'s " + marker.getKey() + " '"
                                        + marker.getValue() + "'");
                            }
                        }
                    }
                }
            }
        }
        // The canary must be able to sing: the office reads every marker somewhere, else the test sees nothing.
        Set<String> unseen = new TreeSet<>();
        for (Person person : fixture.people()) {
            for (String field : person.markers().keySet()) {
                if (!seen.getOrDefault(person.label() + " " + field, Set.of()).contains(Caller.SECRETARIAT)) {
                    unseen.add(person.label() + " " + field);
                }
            }
        }
        assertTrue(unseen.isEmpty(), "The office never received these markers, so the canary proves nothing about them: " + unseen);
        assertTrue(leaks.isEmpty(), "Personal data reached callers who may not see it:\n  " + String.join("\n  ", leaks));
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
