package vn.doithoai.orgunit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An org unit (đơn vị): a body of the town, a ward or commune, a village or residential group. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** Stable code used in URLs, token claims ({@code org_unit}, {@code ward}) and by other systems. Never changes. */
    @Column(nullable = false, unique = true, length = 50, updatable = false)
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    OrgUnitKind kind;

    /** Holds dialogues (cơ quan tổ chức đối thoại): plans belong to it, staff act within it. */
    @Column(nullable = false)
    boolean body;

    @Column(nullable = false)
    String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    OrgUnit parent;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    /** The body this unit belongs to (its departments, offices, villages); null: shared by the installation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_body_id")
    OrgUnit ownerBody;

    /** Merged or abolished from this day on; its records stay, its successor carries them on. */
    @Column(name = "retired_on")
    LocalDate retiredOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    OrgUnit successor;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected OrgUnit() {
    }

    OrgUnit(String code, OrgUnitKind kind, String name, OrgUnit parent, int sortOrder, Instant now) {
        this.code = code;
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether this unit is {@code area} or lies below it. */
    public boolean isUnder(OrgUnit area) {
        for (OrgUnit u = this; u != null; u = u.parent) {
            if (u.id.equals(area.id)) {
                return true;
            }
        }
        return false;
    }


    void rename(String name, OrgUnitKind kind, OrgUnit parent, int sortOrder, Instant now) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    /** Merged or abolished from {@code day}, carried on by {@code successor} (none: abolished outright). */
    void retire(LocalDate day, OrgUnit successor, Instant now) {
        this.retiredOn = day;
        this.successor = successor;
        this.updatedAt = now;
    }

    /** Back in the present: a retirement recorded by mistake. */
    void reinstate(Instant now) {
        this.retiredOn = null;
        this.successor = null;
        this.updatedAt = now;
    }

    /** Belongs to {@code body} from now on; null: shared by the installation. */
    void ownBy(OrgUnit body, Instant now) {
        this.ownerBody = body;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public OrgUnit parent() {
        return parent;
    }

    public String parentCode() {
        return parent == null ? null : parent.code;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean isBody() {
        return body;
    }

    public OrgUnit ownerBody() {
        return ownerBody;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public OrgUnit successor() {
        return successor;
    }

    public long version() {
        return version;
    }
}
