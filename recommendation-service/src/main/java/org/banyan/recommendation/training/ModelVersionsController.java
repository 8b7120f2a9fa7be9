package org.banyan.recommendation.training;

import org.banyan.recommendation.models.ModelRegistry;
import org.banyan.recommendation.models.ModelVersion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Every recorded model version with its features and metrics (newest first), beside the job that trains them. */
@RestController
class ModelVersionsController {

    private final ModelRegistry registry;

    ModelVersionsController(ModelRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/v1/jobs/recommendation-model-training/versions")
    List<ModelVersion> versions() {
        return registry.history();
    }
}
