package vn.doithoai.plantemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plantemplate.dto.PlanTemplateRequest;
import vn.doithoai.plantemplate.dto.PlanTemplateView;

/**
 * Plan templates, shared by the installation or a body's own. The installation's administrator sees every one; a body's
 * administrator, office and chair the shared ones and their body's (another body's does not exist for them), and those
 * of the bodies it oversees (the province reads the communes', and makes no plan from them). The installation's administrator changes any; a body's administrator
 * only their body's (a shared one is read-only for them).
 */
@ApplicationScoped
public class PlanTemplateService {

    static final String AUDIT_TYPE = "PlanTemplate";

    @Inject
    EntityManager em;

    @Inject
    BodyScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The templates the caller may read, by level, shared ones first within a level. */
    public List<PlanTemplateView> list(PlanLevel level) {
        StringBuilder jpql = new StringBuilder("select t from PlanTemplate t left join fetch t.body where 1 = 1");
        Set<Long> bodies = scope.readable();
        if (bodies != null) {
            jpql.append(bodies.isEmpty() ? " and t.body is null" : " and (t.body is null or t.body.id in :bodies)");
        }
        if (level != null) {
            jpql.append(" and t.level = :level");
        }
        jpql.append(" order by t.level, case when t.body is null then 0 else 1 end, t.code");
        TypedQuery<PlanTemplate> query = em.createQuery(jpql.toString(), PlanTemplate.class);
        if (bodies != null && !bodies.isEmpty()) {
            query.setParameter("bodies", bodies);
        }
        if (level != null) {
            query.setParameter("level", level);
        }
        return query.getResultList().stream().map(this::view).toList();
    }

    public PlanTemplateView get(String code) {
        return view(require(code));
    }

    /** The template a plan of the caller's body may be made from: shared, or their body's; another body's is none. */
    public Optional<PlanTemplate> findUsable(String code) {
        return find(code).filter(this::visible);
    }

    /** Any template by its code, whoever's: for what the installation does itself (its demo data), never for a caller. */
    public Optional<PlanTemplate> find(String code) {
        return em.createQuery("from PlanTemplate where code = :code", PlanTemplate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Transactional
    public PlanTemplateView create(PlanTemplateRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw InvalidInputException.of("code", "plantemplate.code-required");
        }
        OrgUnit body = bodyOfNew(request.bodyCode());
        if (find(request.code()).isPresent()) {
            throw DomainException.conflict("plantemplate.code-taken", request.code());
        }
        Instant now = Instant.now(clock);
        var template = new PlanTemplate(request.code(), body, now);
        template.describe(request.name().trim(), request.level(), request.description(), request.content(), now);
        em.persist(template);
        em.flush();
        audit.record(AUDIT_TYPE, template.code(), "created", AuditLog.changes()
                .field("name", null, template.name()).field("level", null, template.level())
                .field("body", null, body == null ? null : body.code())
                .field("content", null, template.content()));
        return view(template);
    }

    @Transactional
    public PlanTemplateView update(String code, long expectedVersion, PlanTemplateRequest request) {
        PlanTemplate template = requireAdministrable(code);
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
        return view(template);
    }

    /** Plans made from a template keep their own copy of its rules, so deleting it changes no plan. */
    @Transactional
    public void delete(String code, long expectedVersion) {
        PlanTemplate template = requireAdministrable(code);
        Versions.check(expectedVersion, template.version());
        em.remove(template);
        audit.record(AUDIT_TYPE, code, "deleted", AuditLog.changes().field("name", template.name(), null));
    }

    /** Shared, or of a body whose records the caller acts on (their own, and those it carries on); all for the installation's. */
    private boolean visible(PlanTemplate template) {
        return scope.isInstallationAdmin() || template.bodyId() == null || scope.mayWrite(template.bodyId());
    }

    /** What {@link #visible} is, and the templates of the bodies the caller oversees (the province reads the communes'). */
    private boolean readable(PlanTemplate template) {
        return scope.isInstallationAdmin() || template.bodyId() == null || scope.mayRead(template.bodyId());
    }

    private boolean editable(PlanTemplate template) {
        if (scope.isInstallationAdmin()) {
            return true;
        }
        return scope.isBodyAdmin() && template.bodyId() != null && scope.mayWrite(template.bodyId());
    }

    private PlanTemplate require(String code) {
        return find(code).filter(this::readable).orElseThrow(() -> DomainException.notFound("plantemplate.not-found", code));
    }

    private PlanTemplate requireAdministrable(String code) {
        PlanTemplate template = require(code);
        scope.requireAdministrable(template.bodyId(), DomainException.notFound("plantemplate.not-found", code),
                "plantemplate.shared-read-only");
        return template;
    }

    /** A body's administrator's templates are their body's; the installation's administrator's shared, or the named body's. */
    private OrgUnit bodyOfNew(String bodyCode) {
        boolean named = bodyCode != null && !bodyCode.isBlank();
        if (scope.isInstallationAdmin()) {
            if (!named) {
                return null;
            }
            return orgUnits.find(bodyCode.strip()).filter(OrgUnit::isBody)
                    .orElseThrow(() -> InvalidInputException.of("bodyCode", "plantemplate.unknown-body", bodyCode.strip()));
        }
        OrgUnit own = em.find(OrgUnit.class, scope.requireOwn());
        if (named && !bodyCode.strip().equals(own.code())) {
            throw new DomainException(ProblemKind.FORBIDDEN, "plantemplate.body-not-yours");
        }
        return own;
    }

    private PlanTemplateView view(PlanTemplate template) {
        return PlanTemplateView.of(template, editable(template));
    }
}
