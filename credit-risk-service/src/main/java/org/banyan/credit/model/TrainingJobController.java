package org.banyan.credit.model;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.security.Role;
import org.banyan.credit.web.InvalidFieldsException;
import org.banyan.credit.web.JsonBinder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/jobs/credit-model-training}: starts a training job (202 with its id) from a built-in
 * data set or a table (JSON body), or from an uploaded CSV (multipart: part {@code request} with the
 * JSON, part {@code data} with the file); then its status is polled.
 */
@RestController
@RequestMapping(TrainingJobController.PATH)
class TrainingJobController {

    static final String PATH = "/api/v1/jobs/credit-model-training";

    private final TrainingJobs jobs;
    private final JsonBinder binder;
    private final JsonMapper mapper;

    TrainingJobController(TrainingJobs jobs, JsonBinder binder, JsonMapper mapper) {
        this.jobs = jobs;
        this.binder = binder;
        this.mapper = mapper;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TrainingJob> submit(@RequestBody JsonNode body,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
        return accepted(start(binder.bind(body, TrainingJobRequest.class), null, idempotencyKey, caller));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TrainingJob> submitUpload(@RequestPart("request") String request, @RequestPart("data") MultipartFile data,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller)
            throws IOException {
        JsonNode body;
        try {
            body = mapper.readTree(request);
        } catch (JacksonException e) {
            throw InvalidFieldsException.of("request", "must be a JSON object", null);
        }
        String name = data.getOriginalFilename() == null ? "data.csv" : data.getOriginalFilename();
        return accepted(start(binder.bind(body, TrainingJobRequest.class),
                new TrainingJobs.Upload(name, data.getBytes()), idempotencyKey, caller));
    }

    @GetMapping("/{jobId}")
    TrainingJob job(@PathVariable UUID jobId) {
        return jobs.get(jobId);
    }

    @GetMapping
    List<TrainingJob> recent() {
        return jobs.recent();
    }

    private TrainingJob start(TrainingJobRequest request, TrainingJobs.Upload upload, String key, Authentication caller) {
        boolean admin = caller.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (request.promoteOnSuccess() && !admin) {
            throw new BanyanException(ProblemCode.FORBIDDEN, "Only ADMIN may promote a model, also through its training job");
        }
        return jobs.submit(request, upload, caller.getName(), key);
    }

    private static ResponseEntity<TrainingJob> accepted(TrainingJob job) {
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.jobId())).body(job);
    }
}
