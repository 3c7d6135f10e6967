package vn.doithoai.plantemplate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.plan.PlanLevel;

/**
 * A plan template (mẫu kế hoạch): the rules of one level and period as data — the seed's 2022 town rules,
 * the 2025 commune rules of the Law on Local Government, and whatever the admins add: shared by the installation, or
 * a body's own (its administrator's, used by its office).
 */
@Entity
@Table(name = "plan_template")
public class PlanTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 50, updatable = false)
    String code;

    @Column(nullable = false)
    String name;

    /** The body whose own template it is; null: shared by the installation, for every body. Set once. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", updatable = false)
    OrgUnit body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PlanLevel level;

    @Column(columnDefinition = "text")
    String description;

    @Convert(converter = TemplateContentJson.class)
    @Column(nullable = false, columnDefinition = "longtext")
    TemplateContent content;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected PlanTemplate() {
    }

    PlanTemplate(String code, OrgUnit body, Instant now) {
        this.code = code;
        this.body = body;
        this.createdAt = now;
    }

    void describe(String name, PlanLevel level, String description, TemplateContent content, Instant now) {
        this.name = name;
        this.level = level;
        this.description = description;
        this.content = content;
        this.updatedAt = now;
    }

    public String code() {
        return code;
    }

    public OrgUnit body() {
        return body;
    }

    public Long bodyId() {
        return body == null ? null : body.id();
    }

    public String name() {
        return name;
    }

    public PlanLevel level() {
        return level;
    }

    public String description() {
        return description;
    }

    public TemplateContent content() {
        return content;
    }

    public long version() {
        return version;
    }
}
