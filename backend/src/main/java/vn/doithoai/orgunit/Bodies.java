package vn.doithoai.orgunit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The bodies of the installation (cơ quan tổ chức đối thoại) and what each one's staff reach, kept in memory: the org
 * tree is small (a province has about a hundred bodies and a few thousand units) and is read on every request.
 *
 * <p>A body's staff carry on the records of the bodies it succeeded (an abolished town's dialogues belong to the body
 * that took over), and a body above others oversees them: the province's office reads every body whose area lies in
 * the province, and changes nothing there. Every instance reloads the tree when the org units have changed, looked up
 * at most once a second, so a body created or retired on one instance counts on all of them within a second.
 */
@ApplicationScoped
public class Bodies {

    /** What the staff of one body reach: the bodies whose records they act on, and those they only read. */
    public record Reach(Set<Long> writable, Set<Long> readable) {
        static final Reach NOTHING = new Reach(Set.of(), Set.of());
    }

    private record Unit(long id, String code, Long parentId, boolean body, Long successorId) {
    }

    private record Tree(String stamp, Map<Long, Unit> units, Map<String, Long> bodyIds, Map<Long, Reach> reaches,
            Map<Long, List<Long>> overseers) {
    }

    private static final long RECHECK_MILLIS = 1000;

    @Inject
    DataSource dataSource;

    private volatile Tree tree;
    private volatile long checkedAt;

    /** The body of this code, or empty when there is none (an unknown or mistyped claim reaches nothing). */
    public Optional<Long> idOf(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().bodyIds().get(code));
    }

    public Reach reachOf(long bodyId) {
        Tree t = current();
        return t.reaches().computeIfAbsent(bodyId, id -> compute(t, id));
    }

    /**
     * The bodies that oversee {@code bodyId}: those whose area holds its area strictly (the province's Party committee
     * and People's Committee for a commune's), the topmost first. Their own days off count for its deadlines.
     */
    public List<Long> overseersOf(long bodyId) {
        Tree t = current();
        return t.overseers().computeIfAbsent(bodyId, id -> overseers(t, id));
    }

    /** The bodies {@code bodyId} oversees (and no others): its reach to read, less its own records. */
    public Set<Long> overseenBy(long bodyId) {
        Reach reach = reachOf(bodyId);
        Set<Long> overseen = new HashSet<>(reach.readable());
        overseen.removeAll(reach.writable());
        return overseen;
    }

    /**
     * Whether two bodies hold dialogues for the same area: a ward's Party committee and its People's Committee (each
     * answers for the other's dialogues), or a body and itself.
     */
    public boolean sameArea(long bodyId, long otherBodyId) {
        Tree t = current();
        Unit body = t.units().get(bodyId);
        Unit other = t.units().get(otherBodyId);
        return body != null && other != null && (bodyId == otherBodyId || body.parentId() != null && body.parentId().equals(other.parentId()));
    }

    /** How many bodies the installation holds, history included. */
    public int count() {
        return current().bodyIds().size();
    }

    /** The current body of a record's body: itself, or the body that succeeded it (and so on). */
    public long carrierOf(long bodyId) {
        Tree t = current();
        long id = bodyId;
        for (int hops = 0; hops < 50; hops++) {
            Unit unit = t.units().get(id);
            if (unit == null || unit.successorId() == null) {
                return id;
            }
            id = unit.successorId();
        }
        return id;
    }

    /** Forgets the tree at once on this instance (others see the change within a second). */
    void changed() {
        checkedAt = 0;
        tree = null;
    }

    private Tree current() {
        long now = System.currentTimeMillis();
        Tree t = tree;
        if (t != null && now - checkedAt < RECHECK_MILLIS) {
            return t;
        }
        synchronized (this) {
            t = tree;
            if (t != null && now - checkedAt < RECHECK_MILLIS) {
                return t;
            }
            String stamp = stamp();
            if (t == null || !t.stamp().equals(stamp)) {
                t = load(stamp);
                tree = t;
            }
            checkedAt = now;
            return t;
        }
    }

    private String stamp() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*), max(updated_at), max(id) from org_unit");
                ResultSet r = s.executeQuery()) {
            r.next();
            Timestamp updated = r.getTimestamp(2);
            return r.getLong(1) + "/" + (updated == null ? "" : updated.toString()) + "/" + r.getLong(3);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the org tree", e);
        }
    }

    private Tree load(String stamp) {
        Map<Long, Unit> units = new HashMap<>();
        Map<String, Long> bodyIds = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, code, parent_id, body, successor_id from org_unit");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long parent = r.getLong(3);
                Long parentId = r.wasNull() ? null : parent;
                long successor = r.getLong(5);
                Long successorId = r.wasNull() ? null : successor;
                var unit = new Unit(r.getLong(1), r.getString(2), parentId, r.getBoolean(4), successorId);
                units.put(unit.id(), unit);
                if (unit.body()) {
                    bodyIds.put(unit.code(), unit.id());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the org tree", e);
        }
        return new Tree(stamp, Map.copyOf(units), Map.copyOf(bodyIds), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private static Reach compute(Tree t, long bodyId) {
        Unit body = t.units().get(bodyId);
        if (body == null || !body.body()) {
            return Reach.NOTHING;
        }
        Set<Long> writable = carriedBy(t, bodyId);
        Set<Long> readable = new HashSet<>(writable);
        // Overseen: the bodies whose area lies strictly below this body's own area (a province's communes and wards).
        Long area = body.parentId();
        if (area != null) {
            for (Unit other : t.units().values()) {
                if (other.body() && other.id() != bodyId && other.parentId() != null && !other.parentId().equals(area)
                        && isUnder(t, other.parentId(), area)) {
                    readable.add(other.id());
                }
            }
        }
        return new Reach(Collections.unmodifiableSet(writable), Collections.unmodifiableSet(readable));
    }

    private static List<Long> overseers(Tree t, long bodyId) {
        Unit body = t.units().get(bodyId);
        if (body == null || !body.body() || body.parentId() == null) {
            return List.of();
        }
        List<Unit> above = new ArrayList<>();
        for (Unit other : t.units().values()) {
            if (other.body() && other.id() != bodyId && other.parentId() != null && !other.parentId().equals(body.parentId())
                    && isUnder(t, body.parentId(), other.parentId())) {
                above.add(other);
            }
        }
        above.sort(Comparator.comparingInt((Unit u) -> depth(t, u.id())).thenComparingLong(Unit::id));
        return above.stream().map(Unit::id).toList();
    }

    private static int depth(Tree t, long unitId) {
        int depth = 0;
        Unit unit = t.units().get(unitId);
        while (unit != null && unit.parentId() != null && depth < 50) {
            unit = t.units().get(unit.parentId());
            depth++;
        }
        return depth;
    }

    /** The body itself and every body whose successor it is, however many mergers back. */
    private static Set<Long> carriedBy(Tree t, long bodyId) {
        Set<Long> bodies = new HashSet<>(List.of(bodyId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit unit : t.units().values()) {
                if (unit.body() && unit.successorId() != null && bodies.contains(unit.successorId()) && bodies.add(unit.id())) {
                    grew = true;
                }
            }
        }
        return bodies;
    }

    private static boolean isUnder(Tree t, long unitId, long areaId) {
        Long id = unitId;
        for (int depth = 0; id != null && depth < 50; depth++) {
            if (id == areaId) {
                return true;
            }
            Unit unit = t.units().get(id);
            id = unit == null ? null : unit.parentId();
        }
        return false;
    }
}
