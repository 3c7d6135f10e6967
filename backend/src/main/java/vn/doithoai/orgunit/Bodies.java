package vn.doithoai.orgunit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
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

    private record Tree(String stamp, Map<Long, Unit> units, Map<String, Long> bodyIds, Map<Long, Reach> reaches) {
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
        return new Tree(stamp, Map.copyOf(units), Map.copyOf(bodyIds), new ConcurrentHashMap<>());
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
