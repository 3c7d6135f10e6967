package vn.doithoai.privacy.subject;

import java.util.Set;

/** The records that hold one person's identity: their person records, the items they sent, their registrations. */
public record Subject(Set<Long> people, Set<Long> items, Set<Long> registrations) {

    public static Subject ofItems(Set<Long> items) {
        return new Subject(Set.of(), items, Set.of());
    }

    public static Subject ofPeople(Set<Long> people) {
        return new Subject(people, Set.of(), Set.of());
    }

    public static Subject ofRegistrations(Set<Long> registrations) {
        return new Subject(Set.of(), Set.of(), registrations);
    }

    public boolean isEmpty() {
        return people.isEmpty() && items.isEmpty() && registrations.isEmpty();
    }
}
