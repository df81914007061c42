package org.anjian.rest.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotNull;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.anjian.api.common.Page;
import org.anjian.api.events.Notification;
import org.anjian.api.events.NotificationService;
import org.anjian.api.events.NotificationService.Numbered;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.rest.errors.ApiError;
import org.anjian.rest.security.Callers;

/**
 * Notifications inside the caller's jurisdiction: the latest ones ({@code GET /notifications}) and a server-sent
 * events stream of new ones ({@code GET /events}). A stream ends after a while (the client reconnects with its
 * {@code Last-Event-ID} and a fresh token, so a revoked login stops receiving); comments keep it alive meanwhile.
 */
@Path("/")
public class NotificationResource {
    public static final String EVENT_STREAM = "text/event-stream";
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Supplier<NotificationService> notifications;
    private final ObjectMapper json;
    private final Duration streamFor;
    private final int maxStreams;
    private final AtomicInteger open = new AtomicInteger();

    public NotificationResource(Supplier<NotificationService> notifications, ObjectMapper json, Duration streamFor,
                                int maxStreams) {
        this.notifications = notifications;
        this.json = json;
        this.streamFor = streamFor;
        this.maxStreams = maxStreams;
    }

    /** A notification with its number (the event id of the stream). */
    public record NotificationItem(@NotNull Long id, @NotNull Notification notification) {
        static NotificationItem of(Numbered n) {
            return new NotificationItem(n.id(), n.notification());
        }
    }

    @GET
    @Path("notifications")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<NotificationItem> recent(@Context SecurityContext sc,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        AnjianPrincipal caller = Callers.of(sc);
        NotificationService service = notifications.get();
        List<NotificationItem> items = service == null ? List.of()
                : service.recent(caller, limit).stream().map(NotificationItem::of).toList();
        return new Page<>(items, items.size());
    }

    @GET
    @Path("events")
    @Produces(EVENT_STREAM)
    @io.swagger.v3.oas.annotations.Operation(summary = "Server-sent events: notifications inside the caller's jurisdiction as they happen",
            description = "Each event is `id: <n>`, `event: notification`, `data: <NotificationItem JSON>`. The stream ends "
                    + "after a few minutes; reconnect with Last-Event-ID to receive what this node still remembers.",
            responses = {
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the stream",
                            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = EVENT_STREAM,
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "503",
                            description = "too many open streams, or notifications not running (retry later)",
                            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiError.class)))})
    public Response events(@Context SecurityContext sc,
                           @HeaderParam("Last-Event-ID") @Min(0) Long lastEventId) {
        AnjianPrincipal caller = Callers.of(sc);
        NotificationService service = notifications.get();
        if (service == null || open.incrementAndGet() > maxStreams) {
            if (service != null) {
                open.decrementAndGet();
            }
            return Response.status(503).header("Retry-After", "30").type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("UNAVAILABLE", service == null ? "notifications are not running"
                            : "too many open event streams; retry later")).build();
        }
        StreamingOutput body = out -> {
            try {
                stream(service, caller, lastEventId, out);
            } finally {
                open.decrementAndGet();
            }
        };
        return Response.ok(body, EVENT_STREAM + ";charset=utf-8")
                .header("Cache-Control", "no-cache, no-store")
                .header("X-Accel-Buffering", "no")
                .build();
    }

    private void stream(NotificationService service, AnjianPrincipal caller, Long lastEventId, OutputStream out)
            throws IOException {
        BlockingQueue<Numbered> queue = new ArrayBlockingQueue<>(256);
        try (NotificationService.Subscription ignored = service.subscribe(caller, lastEventId, n -> {
            while (!queue.offer(n)) {
                queue.poll(); // a slow client loses the oldest, not the newest
            }
        })) {
            write(out, "retry: 5000\n: 安监 notifications for " + caller.userId() + "\n\n");
            Instant end = Instant.now().plus(streamFor);
            while (Instant.now().isBefore(end)) {
                Numbered n = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                if (n == null) {
                    write(out, ": keep-alive\n\n");
                } else {
                    write(out, "id: " + n.id() + "\nevent: notification\ndata: "
                            + json.writeValueAsString(NotificationItem.of(n)) + "\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
