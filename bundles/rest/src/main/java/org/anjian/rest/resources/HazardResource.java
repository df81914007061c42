package org.anjian.rest.resources;

import java.util.List;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.KeysetPaging;
import org.anjian.api.rest.Responds;
import org.anjian.rest.security.Callers;
import javax.ws.rs.core.Response;
import org.anjian.api.common.PageRequest;
import org.anjian.api.hazard.HazardAttachment;
import org.anjian.api.hazard.HazardAttachmentService;
import org.anjian.api.region.RegionService;
import org.anjian.api.rest.Upload;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.rest.export.Exports;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;

/** The hazard closed loop over HTTP. */
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
public class HazardResource {
    private final HazardService hazards;
    private final HazardAttachmentService attachments;
    private final RegionService regions;

    public HazardResource(HazardService hazards, HazardAttachmentService attachments, RegionService regions) {
        this.hazards = hazards;
        this.attachments = attachments;
        this.regions = regions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    @Responds(status = 409, when = "a hazard with this sourceSystem and sourceId is already registered and not the caller's")
    public Hazard register(@Context SecurityContext sc, @NotNull @Valid NewHazard body) {
        return hazards.register(Callers.of(sc), body);
    }

    @GET
    public Page<Hazard> search(@Context SecurityContext sc, @Valid @BeanParam HazardFilter filter,
                               @Valid @BeanParam KeysetPaging paging) {
        return hazards.search(Callers.of(sc), filter.toQuery(paging.toPageRequest()));
    }

    /** The list under the same filters as an Excel workbook (every matching hazard, streamed). */
    @GET
    @Path("/export")
    @Produces(Exports.XLSX)
    @io.swagger.v3.oas.annotations.Operation(summary = "The hazard list under the same filters as an Excel workbook (.xlsx)",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                    description = "the workbook, one row per hazard",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = Exports.XLSX,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    public Response export(@Context SecurityContext sc, @Valid @BeanParam HazardFilter filter) {
        AnjianPrincipal caller = Callers.of(sc);
        return Exports.download("隐患台账", Exports.hazards(RegionNames.of(regions, caller)),
                page -> hazards.search(caller, filter.toQuery(page)));
    }

    @GET
    @Path("/categories")
    public Page<HazardCategory> categories(@Context SecurityContext sc) {
        Callers.of(sc);
        List<HazardCategory> all = hazards.categories();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("/{id}")
    public Hazard get(@Context SecurityContext sc, @PathParam("id") long id) {
        return hazards.find(Callers.of(sc), id).orElseThrow(() -> new NotFoundException("hazard", String.valueOf(id)));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "an illegal transition (the allowed actions are listed) or a major hazard without its five items")
    public Hazard transition(@Context SecurityContext sc, @PathParam("id") long id,
                             @NotNull @Valid TransitionRequest body) {
        return hazards.transition(Callers.of(sc), id, body);
    }

    /**
     * Evidence for a hazard: one file (part {@code file}: a JPEG or PNG photo or a PDF, judged by its content) and an
     * optional {@code note}. A refused upload stores nothing.
     */
    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Upload
    @Created
    @Responds(status = 409, when = "the hazard is closed (销号) or has the most files it may have")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvidenceUpload.class)))
    public HazardAttachment attach(@Context SecurityContext sc, @PathParam("id") long id,
                                   @io.swagger.v3.oas.annotations.Parameter(hidden = true) MultipartBody body)
            throws java.io.IOException {
        AnjianPrincipal caller = Callers.of(sc);
        EvidenceUpload.Parts parts = EvidenceUpload.read(body);
        return attachments.attach(caller, id, parts.fileName(), parts.note(), parts.content());
    }

    @GET
    @Path("/{id}/attachments")
    public Page<HazardAttachment> attachments(@Context SecurityContext sc, @PathParam("id") long id) {
        List<HazardAttachment> all = attachments.attachments(Callers.of(sc), id);
        return new Page<>(all, all.size());
    }

    /** One evidence file's record (the {@code Location} of an upload). */
    @GET
    @Path("/{id}/attachments/{attachmentId}")
    public HazardAttachment attachment(@Context SecurityContext sc, @PathParam("id") long id,
                                       @PathParam("attachmentId") long attachmentId) {
        return attachments.attachments(Callers.of(sc), id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", id + "/" + attachmentId));
    }

    /** The file itself, of a hazard the caller may see (every download is audited). */
    @GET
    @Path("/{id}/attachments/{attachmentId}/content")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @io.swagger.v3.oas.annotations.Operation(summary = "An evidence file's content (every download is audited)",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the file",
                    content = {
                            @io.swagger.v3.oas.annotations.media.Content(mediaType = "image/jpeg",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                            @io.swagger.v3.oas.annotations.media.Content(mediaType = "image/png",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))}))
    public Response content(@Context SecurityContext sc, @PathParam("id") long id,
                            @PathParam("attachmentId") long attachmentId) {
        HazardAttachmentService.Content c = attachments.content(Callers.of(sc), id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", id + "/" + attachmentId));
        String name = c.attachment().fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(c.bytes(), c.attachment().contentType())
                .header("Content-Disposition", "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
