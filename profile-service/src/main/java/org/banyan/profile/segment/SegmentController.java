package org.banyan.profile.segment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Segments over tags (ADMIN, ANALYST): preview a count, save, export members (streamed, one customer id
 * per line) and freeze members into a snapshot for a campaign.
 */
@RestController
@RequestMapping("/api/v1/segments")
class SegmentController {

    private final Segments segments;
    private final JsonMapper json;

    SegmentController(Segments segments, JsonMapper json) {
        this.segments = segments;
        this.json = json;
    }

    @PostMapping("/preview")
    Preview preview(@RequestBody Definition body) {
        Segments.Compiled compiled = segments.compile(body.expression(), body.definition());
        long started = System.nanoTime();
        long count = segments.count(compiled);
        return new Preview(count, compiled.condition().text(), json.valueToTree(SegmentJson.render(compiled.condition())),
                (System.nanoTime() - started) / 1_000_000);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SegmentView save(@Valid @RequestBody NewSegment body) {
        Segments.Compiled compiled = segments.compile(body.expression(), body.definition());
        return view(segments.save(body.name(), body.description(), compiled));
    }

    @GetMapping
    List<SegmentView> list() {
        return segments.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    SegmentView get(@PathVariable UUID id) {
        return view(segments.find(id));
    }

    @GetMapping("/{id}/count")
    Preview count(@PathVariable UUID id) {
        Segment segment = segments.find(id);
        Segments.Compiled compiled = segments.compiled(segment);
        long started = System.nanoTime();
        long count = segments.count(compiled);
        return new Preview(count, segment.expression(), json.readTree(segment.definitionJson()),
                (System.nanoTime() - started) / 1_000_000);
    }

    @GetMapping(value = "/{id}/members", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<StreamingResponseBody> members(@PathVariable UUID id) {
        Segment segment = segments.find(id);
        segments.compiled(segment);
        return stream(out -> segments.streamMembers(segment, out));
    }

    @PostMapping("/{id}/snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    SegmentRepository.Snapshot snapshot(@PathVariable UUID id, @RequestBody(required = false) NewSnapshot body) {
        return segments.snapshot(segments.find(id), body == null ? null : body.campaignId());
    }

    @GetMapping("/{id}/snapshots/{snapshotId}")
    SegmentRepository.Snapshot getSnapshot(@PathVariable UUID id, @PathVariable UUID snapshotId) {
        return segments.findSnapshot(id, snapshotId);
    }

    @GetMapping(value = "/{id}/snapshots/{snapshotId}/members", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<StreamingResponseBody> snapshotMembers(@PathVariable UUID id, @PathVariable UUID snapshotId) {
        segments.findSnapshot(id, snapshotId);
        return stream(out -> segments.streamSnapshot(snapshotId, out));
    }

    private static ResponseEntity<StreamingResponseBody> stream(
            java.util.function.Consumer<java.util.function.Consumer<String>> source) {
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            source.accept(id -> {
                try {
                    writer.write(id);
                    writer.write('\n');
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private SegmentView view(Segment s) {
        return new SegmentView(s.id(), s.name(), s.description(), s.expression(), json.readTree(s.definitionJson()),
                s.createdBy(), s.createdAt());
    }

    record Definition(String expression, JsonNode definition) {
    }

    record NewSegment(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            String expression, JsonNode definition) {
    }

    record NewSnapshot(@Size(max = 200) String campaignId) {
    }

    record Preview(long count, String expression, JsonNode definition, long tookMs) {
    }

    record SegmentView(UUID id, String name, String description, String expression, JsonNode definition,
            String createdBy, OffsetDateTime createdAt) {
    }
}
