package vn.doithoai.participant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.orgunit.OrgUnit;

/**
 * A person (cá nhân), kept once and taking part in many plans: a delegate or a citizen. Found again by the
 * normalised phone number, so the same citizen is not entered twice.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The body whose record this is (its delegates, the citizens of its dialogues); null: shared by the installation. */
    @Column(name = "body_id", updatable = false)
    Long bodyId;

    @Column(name = "full_name", nullable = false)
    String fullName;

    /** Chức vụ: "Trưởng phòng Tài nguyên và Môi trường". */
    String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    OrgUnit organisation;

    /** The ward or commune the person lives or works in: the scope of ward officers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ward_id")
    OrgUnit ward;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    OrgUnit village;

    @Column(length = 15)
    String phone;

    String email;

    @Column(length = 500)
    String address;

    @Column(columnDefinition = "text")
    String notes;

    /** Agreed to have their name shown publicly; otherwise others see "Công dân phường X". */
    @Column(name = "name_public", nullable = false)
    boolean namePublic;

    /** The username of the citizen's own login, when they registered logged in. */
    @Column(length = 100)
    String account;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Person() {
    }

    Person(Long bodyId, String fullName, String createdBy, Instant now) {
        this.bodyId = bodyId;
        this.fullName = fullName;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String fullName() {
        return fullName;
    }

    public OrgUnit ward() {
        return ward;
    }

    public boolean isInWard(String wardCode) {
        return ward != null && ward.code().equals(wardCode);
    }
}
