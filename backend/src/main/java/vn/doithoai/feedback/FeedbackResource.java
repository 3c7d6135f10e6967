package vn.doithoai.feedback;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.export.Exports;
import vn.doithoai.common.http.ClientAddress;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.Previews;
import vn.doithoai.document.StoredFile;
import vn.doithoai.feedback.dto.AnswerRequest;
import vn.doithoai.feedback.dto.AnswerReturnRequest;
import vn.doithoai.feedback.dto.AssignmentRequest;
import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.feedback.dto.ClassificationRequest;
import vn.doithoai.feedback.dto.FeedbackPage;
import vn.doithoai.feedback.dto.FeedbackTracking;
import vn.doithoai.feedback.dto.FeedbackView;
import vn.doithoai.feedback.dto.MergeRequest;
import vn.doithoai.feedback.dto.RaisedBeforeRequest;
import vn.doithoai.feedback.dto.SimilarItem;
import vn.doithoai.feedback.dto.RejectionRequest;
import vn.doithoai.feedback.dto.SessionAnswerRequest;

/**
 * Feedback items (ý kiến, kiến nghị, phản ánh) across plans: searched, classified and assigned by the office, answered by units, the office and the chair, read
 * within each role's scope, followed by anyone holding the tracking code. Intake is per plan: {@link PlanFeedbackResource}.
 */
@Path("/api/v1/feedback")
@Tag(name = "Feedback", description = "Opinions, petitions and reports: intake, classification, assignment, answers, search, tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Roles per operation: some are open to anyone, and the contract must name exactly who may call each.
public class FeedbackResource {

    /** Stands in for an account when an anonymous sender attaches photos right after sending. */
    static final String TRACKING_CODE = "X-Tracking-Code";
    /** How many pages of an attachment the viewer can show, with each of its images. */
    static final String PAGE_COUNT = "X-Page-Count";

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackSearch search;

    @Inject
    FeedbackExports exports;

    @Inject
    Messages messages;

    @Inject
    FeedbackAttachments attachments;

    @Inject
    FeedbackMerges merges;

    @Inject
    FeedbackLinks links;

    @Inject
    FeedbackSimilarity similarity;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, Role.CITIZEN_ID, PartnerScope.FEEDBACK_READ_ID })
    @Operation(summary = "Search feedback items across plans", description = "Items raised before and still open first, then newest first. Items merged into another are left out unless "
            + "includeMerged=true (a citizen's own list keeps them). The office and the chair see all items, "
            + "unit staff those assigned to their unit, ward officers their ward's, citizens their own. Paged by cursor; the first page "
            + "counts the items (up to a cap) unless words are searched.")
    public FeedbackPage list(@BeanParam FeedbackFilterParams filter,
            @QueryParam("sort") @Parameter(description = "-createdAt (default: items raised before first, then newest first) or createdAt "
                    + "(that order turned round); anything else is a 400") String sort,
            @QueryParam("updatedSince") @Parameter(description = "Read the list as a change feed: the items changed at or after this "
                    + "time (ISO 8601 with an offset), in the stable order updatedAt then id, sort not used, no count; send it again "
                    + "with after=nextCursor for the next page", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        ChangeCursor changes = ChangeCursor.of(updatedSince, after);
        return changes == null ? search.list(filter.filter(), sort, after, size) : search.changes(filter.filter(), changes, size);
    }

    @GET
    @Path("/export.csv")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
    @Produces(Exports.CSV_TYPE)
    @Operation(summary = "The feedback list as CSV", description = "Every item the list shows with the same filters, in its order, "
            + "streamed (UTF-8 with a BOM, for Excel). The sender's name and contact only where the list shows them; headers in the "
            + "caller's language. A bad filter answers 400 before any byte of the file.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCsv(@BeanParam FeedbackFilterParams filter, @Context HttpHeaders headers) {
        return exports.export(filter.filter(), Exports.Format.CSV, messages.localeOf(headers));
    }

    @GET
    @Path("/export.xlsx")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
    @Produces(Exports.XLSX_TYPE)
    @Operation(summary = "The feedback list as an Excel workbook", description = "As export.csv, as one sheet.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@BeanParam FeedbackFilterParams filter, @Context HttpHeaders headers) {
        return exports.export(filter.filter(), Exports.Format.XLSX, messages.localeOf(headers));
    }

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, Role.CITIZEN_ID, PartnerScope.FEEDBACK_READ_ID })
    @Path("/{id}")
    @Operation(summary = "One feedback item", description = "Out of the caller's scope it does not exist (404).")
    public RestResponse<FeedbackView> get(@PathParam("id") long id) {
        FeedbackView view = feedback.get(id);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/classification")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Classify an item", description = "A focus area of the item's plan and a priority; a received item becomes classified.")
    public RestResponse<FeedbackView> classify(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid ClassificationRequest request) {
        FeedbackView view = feedback.classify(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/assignment")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Assign the unit that prepares the answer", description = "Only once the item is classified.")
    public RestResponse<FeedbackView> assign(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid AssignmentRequest request) {
        FeedbackView view = feedback.assign(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Reject an item as out of scope", description = "With the reason the sender will read; "
            + "only while received or classified.")
    public RestResponse<FeedbackView> reject(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid RejectionRequest request) {
        FeedbackView view = feedback.reject(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/answer")
    @RolesAllowed({ Role.UNIT_ID, Role.SECRETARIAT_ID })
    @Operation(summary = "Draft or edit the answer", description = "The assigned unit drafts it (again after the office sent it back); "
            + "the office may edit the draft it is reviewing. Only the unit, the office and the chair see it until approved.")
    public RestResponse<FeedbackView> writeAnswer(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid AnswerRequest request) {
        FeedbackView view = feedback.writeAnswer(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/answer/return")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "Send the answer back with a reason", description = "The office sends a draft back to the unit "
            + "(the item is ASSIGNED again, the draft kept); the chair sends a submitted answer back to the office (ANSWER_DRAFTED).")
    public RestResponse<FeedbackView> returnAnswer(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid AnswerReturnRequest request) {
        FeedbackView view = feedback.returnAnswer(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/answer/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Submit the answer to the chair", description = "The reviewed draft awaits approval (ANSWER_SUBMITTED).")
    public RestResponse<FeedbackView> submitAnswer(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        FeedbackView view = feedback.submitAnswer(id, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/answer/approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.CHAIR_ID)
    @Operation(summary = "Approve the answer", description = "Only a submitted answer; from then on the sender and anyone "
            + "holding the tracking code can read it.")
    public RestResponse<FeedbackView> approveAnswer(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        FeedbackView view = feedback.approveAnswer(id, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/answered-at-session")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Record that the approved answer was given at the session", description = "From ANSWER_APPROVED only "
            + "(409 otherwise): ANSWERED_AT_SESSION, with who recorded it, when, and optionally what was said. The sender and "
            + "anyone holding the tracking code see the new status.")
    public RestResponse<FeedbackView> answeredAtSession(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @Valid SessionAnswerRequest request) {
        FeedbackView view = feedback.answeredAtSession(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/attachments")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer", scopes = { Role.SECRETARIAT_ID, Role.WARD_ID, Role.CITIZEN_ID }))
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo or a PDF", description = "JPEG, PNG or PDF, at most 10 MB, at most 5 per item; the type is "
            + "judged from the content, never the name or Content-Type. Photos are re-encoded without their metadata (GPS) and, "
            + "when a side is longer than 1600 px, scaled down and stored as JPEG. " + FileStore.PHOTO_LIMITS + " By the sender "
            + "(logged in), the item's ward officer or the office. An anonymous sender may attach within 30 minutes of sending by "
            + "presenting the item's tracking code in " + TRACKING_CODE + "; otherwise the item does not exist (404). Each anonymous "
            + "try counts as a lookup by code, with the item's progress and the rulings by code, per client (429 beyond the limit, "
            + "even with the right code).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "503", description = "Too many photos being decoded at once; nothing was saved, Retry-After says when to send again",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups by code from this client; Retry-After says in how many seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AttachmentView> attach(@PathParam("id") long id,
            @HeaderParam(TRACKING_CODE) @Parameter(description = "The item's tracking code; only for anonymous senders") String trackingCode,
            @QueryParam("fileName") @Parameter(description = "The file's name as the user sees it") String fileName, byte[] content,
            @Context HttpServerRequest http) {
        AttachmentView view = attachments.attach(id, trackingCode, fileName, content, ClientAddress.of(http));
        return RestResponse.ResponseBuilder.<AttachmentView>create(RestResponse.Status.CREATED, view)
                .location(URI.create("/api/v1/feedback/" + id + "/attachments/" + view.id())).build();
    }

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, Role.CITIZEN_ID })
    @Path("/{id}/attachments/{attachmentId}")
    // The types FileStore.storePhotoOrPdf keeps; naming them keeps the JSON writer from claiming the bytes.
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Download an attachment", description = "For those who may see the item; out of scope it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        StoredFile file = attachments.download(id, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileStore.attachment(file.fileName())).build();
    }

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, Role.CITIZEN_ID })
    @Path("/{id}/attachments/{attachmentId}/thumbnail")
    @Produces("image/jpeg")
    @Operation(summary = "An attachment's thumbnail", description = "A JPEG whose longer side is at most " + Previews.THUMBNAIL_SIDE
            + " px: the photo, or a PDF's first page. Made on the first request and kept. For those who may see the item; out of "
            + "scope it does not exist (404). A file no image can be made of (a damaged PDF) answers 415; download it instead. "
            + PAGE_COUNT + " gives the number of pages the viewer can show (1 for a photo).")
    @APIResponse(responseCode = "200", description = "The thumbnail", headers = @Header(name = PAGE_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "415", description = "No image can be made of the file (a damaged PDF): download it instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response thumbnail(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return preview(attachments.thumbnail(id, attachmentId));
    }

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, Role.CITIZEN_ID })
    @Path("/{id}/attachments/{attachmentId}/pages/{page}")
    @Produces("image/jpeg")
    @Operation(summary = "A page of an attachment as an image", description = "For the in-page viewer on a phone: page 1 to "
            + Previews.MAX_PAGES + " of a PDF, or a photo as its only page, as a JPEG whose longer side is at most " + Previews.PAGE_SIDE
            + " px, made on the first request and kept. " + PAGE_COUNT + " gives the number of pages that can be shown. A page past "
            + "the last does not exist (404); out of scope the item does not exist (404); a damaged PDF answers 415.")
    @APIResponse(responseCode = "200", description = "The page", headers = @Header(name = PAGE_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "415", description = "No image can be made of the file (a damaged PDF): download it instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response page(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId, @PathParam("page") int page) {
        return preview(attachments.page(id, attachmentId, page));
    }

    /** An attachment never changes, so neither does its image: the browser keeps it for the day, for this user only. */
    private static Response preview(Previews.Preview preview) {
        return Response.ok(preview.content(), preview.contentType()).header(PAGE_COUNT, preview.pageCount())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400").build();
    }

    @GET
    @Path("/track/{code}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "Follow an item by its tracking code", description = "For anyone holding the code: status, dates and "
            + "the approved answer, no personal data. An unknown or malformed code answers 404; rate-limited per client with the "
            + "lookups of rulings by code (429).")
    @APIResponse(responseCode = "200", description = "The item's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackTracking.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups by code from this client; Retry-After says in how many seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedbackTracking track(@PathParam("code") String code, @Context HttpServerRequest http) {
        return feedback.track(code, ClientAddress.of(http));
    }

    @GET
    @Path("/{id}/similar")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "Items that may be duplicates of this one", description = "Items of the same plan alike in wording (with or "
            + "without diacritics), best first with a score from 0 to 1; not the item itself, items merged into another, or rejected items.")
    public List<SimilarItem> similar(@PathParam("id") long id,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "5", maximum = "20")) String size) {
        return similarity.similarTo(id, size);
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Merge duplicates into this item", description = "The listed items of the same plan join the group this item "
            + "(the primary) speaks for; each keeps its sender, ward, tracking code and attachments, and its tracking page shows the "
            + "primary's status and approved answer. A listed primary brings its own members (groups stay flat). Refused: items of "
            + "another plan or the item itself (422); rejected items, items answered at the session or ruled, items already merged (409). "
            + "If-Match is the primary's ETag.")
    public RestResponse<FeedbackView> merge(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid MergeRequest request) {
        FeedbackView view = merges.merge(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/unmerge")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Take items out of this item's group", description = "Each listed member stands alone again exactly as it "
            + "was (status, unit, answer). A listed item that is not in this group: 422. If-Match is the primary's ETag.")
    public RestResponse<FeedbackView> unmerge(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid MergeRequest request) {
        FeedbackView view = merges.unmerge(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/raised-before")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Link to an item of an earlier dialogue", description = "Raised before (đã kiến nghị nhiều lần): the earlier "
            + "item's plan must have held its session before this item's plan's (422 otherwise). While the item has a link and is open "
            + "(neither rejected nor ruled) it is flagged and sorted first in lists.")
    public RestResponse<FeedbackView> linkRaisedBefore(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid RaisedBeforeRequest request) {
        FeedbackView view = links.link(id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}/raised-before/{linkId}")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Remove a link to an earlier dialogue's item", description = "The item no longer counts as raised before "
            + "through that link; the earlier item is unchanged.")
    public RestResponse<FeedbackView> unlinkRaisedBefore(@PathParam("id") long id, @PathParam("linkId") long linkId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        FeedbackView view = links.unlink(id, linkId, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }
}
