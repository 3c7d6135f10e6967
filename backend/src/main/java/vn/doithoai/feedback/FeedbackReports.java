package vn.doithoai.feedback;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.Role;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.common.time.SupportedDates;
import vn.doithoai.feedback.FeedbackAccess.Intake;
import vn.doithoai.feedback.dto.FeedbackImportPreview;
import vn.doithoai.feedback.dto.FeedbackReportRequest;
import vn.doithoai.feedback.dto.FeedbackReportRow;
import vn.doithoai.feedback.dto.FeedbackReportView;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.participant.PhoneNumbers;
import vn.doithoai.common.export.Csv;
import vn.doithoai.common.export.Table;
import vn.doithoai.common.export.Xlsx;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;
import vn.doithoai.privacy.consent.dto.ConsentInput;

/**
 * Organisations' reports (báo cáo tổng hợp ý kiến of the Fatherland Front, mass organisations, wards): many items at
 * once, from a form with repeatable rows or from a spreadsheet. All or nothing: every row is checked first and
 * every bad row named; one bad row and nothing is stored.
 */
@ApplicationScoped
public class FeedbackReports {

    @Inject
    FeedbackPartnerEvents partnerEvents;

    static final String AUDIT_TYPE = "FeedbackReport";
    /** What a ward officer may call their own list; the office names any channel. */
    private static final Set<FeedbackChannel> WARD_CHANNELS = EnumSet.of(FeedbackChannel.ORGANISATION_REPORT, FeedbackChannel.WARD_COLLECTED);
    /** Words a place's name starts with, dropped when matching "Ba Đồn" to "Phường Ba Đồn" (longest first). */
    private static final List<String> WARD_PREFIXES = List.of("thi tran ", "phuong ", "xa ");
    private static final List<String> VILLAGE_PREFIXES = List.of("to dan pho ", "khu pho ", "tdp ", "thon ", "ban ", "to ", "khu ");
    /** The template's example row: refused if it is imported as it stands. */
    static final String EXAMPLE_TITLE = "Ví dụ: đề nghị nâng cấp đường liên thôn (xóa dòng này trước khi nhập)";
    private static final String EXAMPLE_CONTENT = "Đường liên thôn xuống cấp, mùa mưa lầy lội; đề nghị thị xã sớm đầu tư nâng cấp.";

    @Inject
    EntityManager em;

    @Inject
    FeedbackAccess access;

    @Inject
    PlanAccess plans;

    @Inject
    FeedbackService feedback;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditLog audit;

    @Inject
    Consents consents;

    @Inject
    Clock clock;

    /** The fields of a row, named in errors as the form or the file names them. */
    enum Field {
        KIND, TITLE, CONTENT, WARD, VILLAGE, SUBMITTER_NAME, SUBMITTER_PHONE
    }

    /** One row as entered or read, before any check; {@code name} gives a field's name in errors. */
    record Line(String kind, String title, String content, String ward, String village, String submitterName, String submitterPhone,
            int row, Function<Field, String> name) {
    }

    /** What a report says about itself: the form's fields, or the import's query parameters. */
    public record Header(String organisation, String organisationUnitCode, String reference, LocalDate reportDate, LocalDate receivedOn,
            FeedbackChannel channel, String sourceFileName, ConsentInput consent) {
    }

    /** A row that passed every check, with what its names resolved to. */
    private record Checked(Line line, FeedbackKind kind, OrgUnit ward, OrgUnit village, String phone) {
    }

    /** What an import's retry must match to replay: the report's header and the file's bytes. */
    private record ImportRequest(Header header, String sha256) {
    }

    // --- Entering and importing ---

    /** A report entered as a form; a retried request with the same Idempotency-Key replays the first answer. */
    @Transactional
    public Idempotency.Outcome<FeedbackReportView> enter(long planId, FeedbackReportRequest request, String idempotencyKey) {
        Intake intake = access.intake();
        String key = Idempotency.key(idempotencyKey, false);
        Header header = new Header(request.organisation(), request.organisationUnitCode(), request.reference(), request.reportDate(),
                request.receivedOn(), request.channel(), null, request.consent());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            FeedbackReportRow r = request.items().get(i);
            String at = "items[" + i + "].";
            lines.add(new Line(r.kind() == null ? null : r.kind().name(), r.title(), r.content(), r.wardCode(), r.villageCode(),
                    r.submitterName(), r.submitterPhone(), i, field -> at + formName(field)));
        }
        return idempotency.once("feedback-report:" + planId + ":" + access.username(), key, request, FeedbackReportView.class,
                () -> store(planId, intake, header, lines));
    }

    /** Reads and checks a spreadsheet, storing nothing: what the import would create. */
    @Transactional
    public FeedbackImportPreview preview(long planId, Header header, byte[] content) {
        Intake intake = access.intake();
        Plan plan = feedback.intakePlan(planId, intake);
        FeedbackImports.Sheet sheet = FeedbackImports.read(content);
        List<Checked> rows = checkAll(plan, intake, header, importLines(sheet));
        return new FeedbackImportPreview(sheet.format().name(), rows.size(), rows.stream()
                .map(c -> new FeedbackImportPreview.Row(c.line().row(), c.kind(), c.line().title().strip(), ref(c.ward()), ref(c.village()),
                        trim(c.line().submitterName()), c.phone()))
                .toList());
    }

    /** A spreadsheet stored as one report with all its rows, in one transaction. */
    @Transactional
    public Idempotency.Outcome<FeedbackReportView> importFile(long planId, Header header, byte[] content, String idempotencyKey) {
        Intake intake = access.intake();
        String key = Idempotency.key(idempotencyKey, false);
        feedback.intakePlan(planId, intake);
        FeedbackImports.Sheet sheet = FeedbackImports.read(content);
        List<Line> lines = importLines(sheet);
        return idempotency.once("feedback-import:" + planId + ":" + access.username(), key, new ImportRequest(header, sha256(content)),
                FeedbackReportView.class, () -> store(planId, intake, header, lines));
    }

    /** Import headers given as query parameters: the dates as YYYY-MM-DD, the organisation required. */
    public static Header importHeader(String organisation, String organisationUnitCode, String reference, String reportDate,
            String receivedOn, FeedbackChannel channel, String fileName, ConsentInput consent) {
        List<Violation> violations = new ArrayList<>();
        if (organisation == null || organisation.isBlank()) {
            violations.add(new Violation("organisation", "feedback-report.organisation-required"));
        } else if (organisation.strip().length() > 255) {
            violations.add(new Violation("organisation", "feedback-report.too-long", 255));
        }
        if (reference != null && reference.strip().length() > 100) {
            violations.add(new Violation("reference", "feedback-report.too-long", 100));
        }
        LocalDate reported = SupportedDates.date("reportDate", reportDate, violations);
        LocalDate received = SupportedDates.date("receivedOn", receivedOn, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return new Header(organisation.strip(), trim(organisationUnitCode), trim(reference), reported, received, channel, name, consent);
    }

    private static List<Line> importLines(FeedbackImports.Sheet sheet) {
        return FeedbackImports.lines(sheet, FeedbackImports.columns(sheet));
    }

    private FeedbackReportView store(long planId, Intake intake, Header header, List<Line> lines) {
        Plan plan = feedback.intakePlan(planId, intake);
        List<Violation> violations = new ArrayList<>();
        FeedbackChannel channel = channel(header.channel(), intake, violations);
        OrgUnit organisationUnit = null;
        if (header.organisationUnitCode() != null && !header.organisationUnitCode().isBlank()) {
            organisationUnit = orgUnits.find(header.organisationUnitCode().strip()).orElse(null);
            if (organisationUnit == null) {
                violations.add(new Violation("organisationUnitCode", "orgunit.not-found", header.organisationUnitCode()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = header.receivedOn() == null ? today : header.receivedOn();
        if (receivedOn.isAfter(today)) {
            violations.add(new Violation("receivedOn", "feedback-report.received-in-future"));
        }
        if (header.reportDate() != null && header.reportDate().isAfter(receivedOn)) {
            violations.add(new Violation("reportDate", "feedback-report.report-after-received"));
        }
        List<Checked> rows = check(plan, intake, lines, violations);
        failOn(violations);
        Consents.Checked consent = consent(header, rows);

        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Set<String> codes = trackingCodes(rows.size(), now);
        var report = new FeedbackReport(plan, header.organisation().strip(), channel, access.username(), now);
        report.organisationUnit = organisationUnit;
        report.reference = trim(header.reference());
        report.reportDate = header.reportDate();
        report.receivedOn = receivedOn;
        report.sourceFileName = header.sourceFileName();
        report.itemCount = rows.size();
        em.persist(report);
        var code = codes.iterator();
        List<FeedbackItem> items = new ArrayList<>();
        for (Checked c : rows) {
            FeedbackItem item = FeedbackItem.ofReport(report, code.next(), c.kind(), now);
            item.title = c.line().title().strip();
            item.content = c.line().content().strip();
            item.ward = c.ward();
            item.village = c.village();
            item.submitterName = trim(c.line().submitterName());
            item.submitterPhone = c.phone();
            em.persist(item);
            items.add(item);
        }
        em.flush();
        for (FeedbackItem item : items) {
            audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "submitted",
                    AuditLog.between(Map.of(), FeedbackService.snapshot(item)));
            if (consent != null && (item.submitterName != null || item.submitterPhone != null)) {
                consents.record(ConsentSubject.FEEDBACK_ITEM, item.id, consent);
            }
            partnerEvents.submitted(item);
        }
        Map<String, Object> entered = new LinkedHashMap<>();
        entered.put("organisation", report.organisation);
        entered.put("organisationUnit", organisationUnit == null ? null : organisationUnit.code());
        entered.put("reference", report.reference);
        entered.put("reportDate", report.reportDate);
        entered.put("receivedOn", report.receivedOn);
        entered.put("channel", report.channel);
        entered.put("sourceFileName", report.sourceFileName);
        entered.put("items", items.stream().map(i -> i.trackingCode).toList());
        audit.record(AUDIT_TYPE, report.id.toString(), header.sourceFileName() == null ? "entered" : "imported",
                AuditLog.between(Map.of(), entered));
        return view(report, items);
    }

    /** As many unused tracking codes, checked against the table in one query per draw rather than one per code. */
    private Set<String> trackingCodes(int count, Instant now) {
        int year = now.atZone(clock.getZone()).getYear();
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            Set<String> drawn = new LinkedHashSet<>();
            while (drawn.size() < count - codes.size()) {
                drawn.add(TrackingCodes.unused(year, code -> codes.contains(code) || drawn.contains(code)));
            }
            drawn.removeAll(em.createQuery("select f.trackingCode from FeedbackItem f where f.trackingCode in :codes", String.class)
                    .setParameter("codes", drawn).getResultList());
            codes.addAll(drawn);
        }
        return codes;
    }

    /** Checks an import's rows and the report's own fields, without storing: for the preview. */
    private List<Checked> checkAll(Plan plan, Intake intake, Header header, List<Line> lines) {
        List<Violation> violations = new ArrayList<>();
        channel(header.channel(), intake, violations);
        if (header.organisationUnitCode() != null && orgUnits.find(header.organisationUnitCode()).isEmpty()) {
            violations.add(new Violation("organisationUnitCode", "orgunit.not-found", header.organisationUnitCode()));
        }
        List<Checked> rows = check(plan, intake, lines, violations);
        failOn(violations);
        consent(header, rows);
        return rows;
    }

    /**
     * The consent the organisation collected from the senders. Rows naming someone (a name or a phone) carry their data:
     * refused without it. A report of anonymous rows holds no one's data, and a consent sent with it is still recorded
     * for none.
     */
    private Consents.Checked consent(Header header, List<Checked> rows) {
        boolean personal = rows.stream().anyMatch(c -> trim(c.line().submitterName()) != null || c.phone() != null);
        if (personal) {
            return consents.require(header.consent(), FeedbackService.CONSENT_OFFERED, Consents.Giver.STAFF, "consent.");
        }
        return header.consent() == null ? null
                : consents.check(header.consent(), FeedbackService.CONSENT_OFFERED, Consents.Giver.STAFF, "consent.");
    }

    /** 422 naming every bad row and field; the detail says how many rows and that nothing was stored. */
    private static void failOn(List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        Set<String> rows = new TreeSet<>();
        for (Violation v : violations) {
            int end = v.field().indexOf(']');
            if (end > 0 && (v.field().startsWith("items[") || v.field().startsWith("rows["))) {
                rows.add(v.field().substring(0, end));
            }
        }
        throw rows.isEmpty() ? InvalidInputException.unprocessable(violations, "feedback-report.invalid")
                : InvalidInputException.unprocessable(violations, "feedback-report.rows-invalid", rows.size());
    }

    private static FeedbackChannel channel(FeedbackChannel asked, Intake intake, List<Violation> violations) {
        FeedbackChannel channel = asked == null ? FeedbackChannel.ORGANISATION_REPORT : asked;
        if (intake == Intake.WARD && !WARD_CHANNELS.contains(channel)) {
            violations.add(new Violation("channel", "feedback.channel-not-allowed", channel));
        }
        return channel;
    }

    // --- Row checks: the same for the form and the file ---

    private List<Checked> check(Plan plan, Intake intake, List<Line> lines, List<Violation> violations) {
        Places places = new Places(em.createQuery("select u from OrgUnit u left join fetch u.parent where u.kind in :kinds", OrgUnit.class)
                .setParameter("kinds", OrgUnitKind.WARDS_AND_VILLAGES)
                .getResultList());
        OrgUnit area = area(plan);
        String ownWard = intake == Intake.WARD ? access.wardCode() : null;
        List<Checked> rows = new ArrayList<>();
        for (Line line : lines) {
            int before = violations.size();
            var at = line.name();
            FeedbackKind kind = null;
            if (line.kind() == null || line.kind().isBlank()) {
                violations.add(new Violation(at.apply(Field.KIND), "feedback-report.required"));
            } else {
                kind = kind(line.kind());
                if (kind == null) {
                    violations.add(new Violation(at.apply(Field.KIND), "feedback-report.kind-unknown", line.kind().strip()));
                }
            }
            text(line.title(), 500, true, at.apply(Field.TITLE), violations);
            if (line.title() != null && line.title().strip().equals(EXAMPLE_TITLE)) {
                // The template's example row left in the file: named, so it is not stored as a real item.
                violations.add(new Violation(at.apply(Field.TITLE), "feedback-import.example-row"));
            }
            text(line.content(), 10000, true, at.apply(Field.CONTENT), violations);
            text(line.submitterName(), 255, false, at.apply(Field.SUBMITTER_NAME), violations);
            OrgUnit ward = ward(line, intake, ownWard, area, places, violations);
            OrgUnit village = ward == null || line.village() == null || line.village().isBlank() ? null : village(line, ward, places, violations);
            String phone = null;
            if (line.submitterPhone() != null && !line.submitterPhone().isBlank()) {
                phone = PhoneNumbers.normalise(line.submitterPhone())
                        // A phone typed into Excel as a number lost its leading zero: 912345678.
                        .or(() -> line.submitterPhone().strip().matches("[1-9]\\d{8,9}") ? PhoneNumbers.normalise("0" + line.submitterPhone().strip())
                                : java.util.Optional.empty())
                        .orElse(null);
                if (phone == null) {
                    violations.add(new Violation(at.apply(Field.SUBMITTER_PHONE), "person.phone-invalid", line.submitterPhone().strip()));
                }
            }
            if (violations.size() == before) {
                rows.add(new Checked(line, kind, ward, village, phone));
            }
        }
        return rows;
    }

    private static void text(String value, int max, boolean required, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "feedback-report.required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new Violation(field, "feedback-report.too-long", max));
        }
    }

    /** Ý kiến, kiến nghị, phản ánh in any case, with or without diacritics, or the API's names. */
    static FeedbackKind kind(String text) {
        return switch (SearchText.normalise(text)) {
            case "y kien", "opinion" -> FeedbackKind.OPINION;
            case "kien nghi", "petition" -> FeedbackKind.PETITION;
            case "phan anh", "report" -> FeedbackKind.REPORT;
            default -> null;
        };
    }

    /** The row's ward: named by code or name, in the plan's area; a ward officer's own, and theirs when left out. */
    private OrgUnit ward(Line line, Intake intake, String ownWard, OrgUnit area, Places places, List<Violation> violations) {
        String field = line.name().apply(Field.WARD);
        String asked = line.ward() == null || line.ward().isBlank() ? null : line.ward().strip();
        if (asked == null) {
            if (intake == Intake.WARD && ownWard != null) {
                return places.byCode.get(ownWard);
            }
            violations.add(new Violation(field, "feedback-report.required"));
            return null;
        }
        List<OrgUnit> found = places.wards(asked);
        if (found.isEmpty()) {
            violations.add(new Violation(field, "feedback-report.ward-unknown", asked));
            return null;
        }
        if (found.size() > 1) {
            violations.add(new Violation(field, "feedback-report.ward-ambiguous", asked));
            return null;
        }
        OrgUnit ward = found.get(0);
        if (intake == Intake.WARD && !ward.code().equals(ownWard)) {
            violations.add(new Violation(field, "feedback.ward-out-of-scope"));
            return null;
        }
        if (area != null && !orgUnits.within(ward, area)) {
            violations.add(new Violation(field, "feedback-report.ward-outside-plan", ward.name(), area.name()));
            return null;
        }
        return ward;
    }

    private static OrgUnit village(Line line, OrgUnit ward, Places places, List<Violation> violations) {
        String field = line.name().apply(Field.VILLAGE);
        String asked = line.village().strip();
        OrgUnit byCode = places.byCode.get(asked.toLowerCase(java.util.Locale.ROOT));
        if (byCode != null && OrgUnitKind.VILLAGES.contains(byCode.kind())) {
            if (!ward.code().equals(byCode.parentCode())) {
                violations.add(new Violation(field, "person.village-not-in-ward", byCode.name(), ward.name()));
                return null;
            }
            return byCode;
        }
        String wanted = SearchText.normalise(asked);
        String bare = strip(wanted, VILLAGE_PREFIXES);
        List<OrgUnit> found = places.villagesOf(ward).stream()
                .filter(v -> SearchText.normalise(v.name()).equals(wanted) || strip(SearchText.normalise(v.name()), VILLAGE_PREFIXES).equals(bare))
                .toList();
        if (found.size() != 1) {
            violations.add(new Violation(field, "feedback-report.village-unknown", asked, ward.name()));
            return null;
        }
        return found.get(0);
    }

    /** The locality the plan is about: the town, ward or commune of its issuing unit; null when it has none. */
    private static OrgUnit area(Plan plan) {
        for (OrgUnit u = plan.issuingUnit(); u != null; u = u.parent()) {
            if (OrgUnitKind.LOCALITIES.contains(u.kind())) {
                return u;
            }
        }
        return null;
    }


    private static String strip(String name, List<String> prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return name.substring(p.length());
            }
        }
        return name;
    }

    /** Wards, communes and their villages, loaded once per report and found by code or by name. */
    private static final class Places {

        final Map<String, OrgUnit> byCode = new HashMap<>();
        final Map<String, List<OrgUnit>> wardsByName = new HashMap<>();
        final Map<Long, List<OrgUnit>> villagesByWard = new HashMap<>();

        Places(List<OrgUnit> units) {
            for (OrgUnit u : units) {
                byCode.put(u.code(), u);
                if (OrgUnitKind.WARDS.contains(u.kind())) {
                    String name = SearchText.normalise(u.name());
                    wardsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(u);
                    String bare = strip(name, WARD_PREFIXES);
                    if (!bare.equals(name)) {
                        wardsByName.computeIfAbsent(bare, n -> new ArrayList<>()).add(u);
                    }
                } else if (u.parent() != null) {
                    villagesByWard.computeIfAbsent(u.parent().id(), n -> new ArrayList<>()).add(u);
                }
            }
        }

        /** By code; else by name as written ("Phường Quảng Thọ", "phuong quang tho") or without its kind ("Quảng Thọ"). */
        List<OrgUnit> wards(String asked) {
            OrgUnit byCodeFound = byCode.get(asked.toLowerCase(java.util.Locale.ROOT));
            if (byCodeFound != null) {
                return OrgUnitKind.WARDS.contains(byCodeFound.kind()) ? List.of(byCodeFound) : List.of();
            }
            String name = SearchText.normalise(asked);
            List<OrgUnit> found = wardsByName.get(name);
            if (found == null) {
                found = wardsByName.getOrDefault(strip(name, WARD_PREFIXES), List.of());
            }
            return found.stream().distinct().toList();
        }

        List<OrgUnit> villagesOf(OrgUnit ward) {
            return villagesByWard.getOrDefault(ward.id(), List.of());
        }
    }

    // --- Reading ---

    /** Newest first: all for the office and the chair, for a ward officer those holding items of their ward. */
    public List<FeedbackReportView> list(long planId) {
        requirePlan(planId);
        String ward = wardScope();
        var query = em.createQuery("select r from FeedbackReport r left join fetch r.organisationUnit where r.plan.id = :plan"
                + (ward == null ? "" : " and exists (select 1 from FeedbackItem i where i.report = r and i.ward.code = :ward)")
                + " order by r.createdAt desc, r.id desc", FeedbackReport.class).setParameter("plan", planId);
        if (ward != null) {
            query.setParameter("ward", ward);
        }
        return query.getResultList().stream().map(r -> view(r, null)).toList();
    }

    /** One report with its items (a ward officer's: their ward's items only); out of scope it does not exist. */
    public FeedbackReportView get(long planId, long reportId) {
        requirePlan(planId);
        FeedbackReport report = em.find(FeedbackReport.class, reportId);
        if (report == null || !report.plan.id().equals(planId)) {
            throw DomainException.notFound("feedback-report.not-found", reportId);
        }
        String ward = wardScope();
        var query = em.createQuery("select i from FeedbackItem i left join fetch i.ward w where i.report = :report"
                + (ward == null ? "" : " and w.code = :ward") + " order by i.id", FeedbackItem.class).setParameter("report", report);
        if (ward != null) {
            query.setParameter("ward", ward);
        }
        List<FeedbackItem> items = query.getResultList();
        if (ward != null && items.isEmpty()) {
            throw DomainException.notFound("feedback-report.not-found", reportId);
        }
        return view(report, items);
    }

    /** An empty sheet with the headers and one example row; a ward officer's example is in their ward. */
    public byte[] template(long planId, FeedbackImports.Format format) {
        Plan plan = requirePlan(planId);
        OrgUnit ward = access.wardCode() != null && access.has(Role.WARD) ? orgUnits.find(access.wardCode()).orElse(null) : null;
        OrgUnit area = area(plan);
        // An area that is history stands for the place that carries it on today.
        if (area != null && area.isRetired() && area.successor() != null) {
            area = area.successor();
        }
        if (ward == null && area != null) {
            ward = OrgUnitKind.WARDS.contains(area.kind()) ? area
                    : em.createQuery("select u from OrgUnit u where u.parent = :area and u.kind in :kinds order by u.sortOrder, u.name", OrgUnit.class)
                            .setParameter("area", area).setParameter("kinds", OrgUnitKind.WARDS).setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
        OrgUnit village = ward == null ? null
                : em.createQuery("select u from OrgUnit u where u.parent = :ward and u.kind in :kinds order by u.sortOrder, u.name", OrgUnit.class)
                        .setParameter("ward", ward).setParameter("kinds", OrgUnitKind.VILLAGES).setMaxResults(1).getResultStream().findFirst().orElse(null);
        List<String> headers = List.of(Field.values()).stream().map(FeedbackImports.HEADERS::get).toList();
        List<String> example = List.of("Kiến nghị", EXAMPLE_TITLE, EXAMPLE_CONTENT, ward == null ? "" : ward.name(),
                village == null ? "" : village.name(), "Nguyễn Văn A", "0912 345 678");
        var table = new Table("Mẫu nhập ý kiến", headers, List.of(example));
        return format == FeedbackImports.Format.XLSX ? Xlsx.render(table) : Csv.render(table);
    }

    private Plan requirePlan(long planId) {
        return plans.readable(planId);
    }

    /** A ward officer's ward (none matches nothing); null for the office and the chair. */
    private String wardScope() {
        if (access.isOffice()) {
            return null;
        }
        String ward = access.wardCode();
        return ward == null ? "" : ward;
    }

    private static FeedbackReportView view(FeedbackReport r, List<FeedbackItem> items) {
        return new FeedbackReportView(r.id, r.plan.id(), r.organisation, ref(r.organisationUnit), r.reference, r.reportDate, r.receivedOn,
                r.channel, r.sourceFileName, r.itemCount, r.createdBy, OffsetDateTime.ofInstant(r.createdAt, Clocks.VIETNAM),
                items == null ? null : items.stream()
                        .map(i -> new FeedbackReportView.Item(i.id, i.trackingCode, i.kind, i.title, ref(i.ward), i.status)).toList());
    }

    private static OrgUnitRef ref(OrgUnit unit) {
        return unit == null ? null : OrgUnitRef.of(unit);
    }

    private static String formName(Field field) {
        return switch (field) {
            case KIND -> "kind";
            case TITLE -> "title";
            case CONTENT -> "content";
            case WARD -> "wardCode";
            case VILLAGE -> "villageCode";
            case SUBMITTER_NAME -> "submitterName";
            case SUBMITTER_PHONE -> "submitterPhone";
        };
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
