package vn.doithoai.authorization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.doithoai.authorization.AuthorizationFixture.Owner;
import vn.doithoai.authorization.AuthorizationFixture.Person;
import vn.doithoai.testsupport.FileText;
import vn.doithoai.testsupport.FileTexts;

/**
 * Every read of a citizen's contact data leaves exactly one read-log entry: every operation of the contract called as
 * every caller (the canary's calls, on the canary's people), and each answer that carries someone's phone, e-mail or
 * address must have added one entry, no more; no answer adds two.
 */
@QuarkusTest
class ReadLogCompletenessTest {

    private static final Set<String> CONTACT = Set.of("phone", "email", "address");

    @Inject
    EntityManager em;

    @Test
    void everyReadOfContactDataLeavesExactlyOneEntry() throws java.io.IOException {
        AuthorizationFixture fixture = AuthorizationFixture.build();
        List<Person> people = fixture.people();
        var calls = new OperationCalls(fixture);
        List<String> wrong = new ArrayList<>();
        Set<String> logged = new TreeSet<>();
        int contactReads = 0;
        for (ContractOperation op : ContractOperation.load()) {
            for (Caller caller : Caller.values()) {
                for (Owner owner : Owner.values()) {
                    var call = calls.of(op, owner, caller);
                    if (owner == Owner.OTHER && !call.namesAnOwner()) {
                        continue;
                    }
                    long before = lastEntry();
                    Response response = calls.send(call);
                    long entries = entriesAfter(before);
                    boolean contact = carriesContact(response, people);
                    String what = op.key() + " as " + caller.column + " on the " + owner.name().toLowerCase() + " object ("
                            + response.statusCode() + ")";
                    if (contact) {
                        contactReads++;
                    }
                    if (contact && entries != 1 || entries > 1) {
                        wrong.add(what + ": " + (contact ? "contact data, " : "") + entries + " read-log entries");
                    }
                    if (entries > 0) {
                        logged.add(op.key());
                    }
                }
            }
        }
        assertTrue(contactReads > 0, "no call read contact data, so the test proves nothing");
        assertTrue(wrong.isEmpty(), "Reads of personal data without exactly one read-log entry:\n  " + String.join("\n  ", wrong)
                + "\nOperations logged: " + logged);
    }

    private long lastEntry() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM read_log").getSingleResult()).longValue();
    }

    private long entriesAfter(long id) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM read_log WHERE id > ?1").setParameter(1, id).getSingleResult())
                .longValue();
    }

    private static boolean carriesContact(Response response, List<Person> people) {
        String type = response.contentType();
        if (type == null || type.isBlank() || response.asByteArray().length == 0) {
            return false;
        }
        FileText text = FileTexts.read(response.asByteArray(), type);
        return people.stream().anyMatch(p -> p.markers().entrySet().stream()
                .anyMatch(m -> CONTACT.contains(m.getKey()) && text.contains(m.getValue())));
    }
}
