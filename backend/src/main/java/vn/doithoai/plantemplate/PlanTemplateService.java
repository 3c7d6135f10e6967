package vn.doithoai.plantemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.http.Versions;
import vn.doithoai.plantemplate.dto.PlanTemplateRequest;
import vn.doithoai.plantemplate.dto.PlanTemplateView;

@ApplicationScoped
public class PlanTemplateService {

    static final String AUDIT_TYPE = "PlanTemplate";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<PlanTemplateView> list() {
        return em.createQuery("from PlanTemplate order by level, code", PlanTemplate.class).getResultList().stream()
                .map(PlanTemplateView::of).toList();
    }

    public PlanTemplateView get(String code) {
        return PlanTemplateView.of(require(code));
    }

    public Optional<PlanTemplate> find(String code) {
        return em.createQuery("from PlanTemplate where code = :code", PlanTemplate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Transactional
    public PlanTemplateView create(PlanTemplateRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw InvalidInputException.of("code", "plantemplate.code-required");
        }
        if (find(request.code()).isPresent()) {
            throw DomainException.conflict("plantemplate.code-taken", request.code());
        }
        Instant now = Instant.now(clock);
        var template = new PlanTemplate(request.code(), now);
        template.describe(request.name().trim(), request.level(), request.description(), request.content(), now);
        em.persist(template);
        em.flush();
        audit.record(AUDIT_TYPE, template.code(), "created", AuditLog.changes()
                .field("name", null, template.name()).field("level", null, template.level())
                .field("content", null, template.content()));
        return PlanTemplateView.of(template);
    }

    @Transactional
    public PlanTemplateView update(String code, long expectedVersion, PlanTemplateRequest request) {
        PlanTemplate template = require(code);
        Versions.check(expectedVersion, template.version());
        var changes = AuditLog.changes()
                .field("name", template.name(), request.name().trim())
                .field("level", template.level(), request.level())
                .field("description", template.description(), request.description())
                .field("content", template.content(), request.content());
        if (!changes.isEmpty()) {
            template.describe(request.name().trim(), request.level(), request.description(), request.content(), Instant.now(clock));
            em.flush();
            audit.record(AUDIT_TYPE, code, "updated", changes);
        }
        return PlanTemplateView.of(template);
    }

    /** Plans made from a template keep their own copy of its rules, so deleting it changes no plan. */
    @Transactional
    public void delete(String code, long expectedVersion) {
        PlanTemplate template = require(code);
        Versions.check(expectedVersion, template.version());
        em.remove(template);
        audit.record(AUDIT_TYPE, code, "deleted", AuditLog.changes().field("name", template.name(), null));
    }

    private PlanTemplate require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("plantemplate.not-found", code));
    }
}
