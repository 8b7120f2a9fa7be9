package org.banyan.recommendation.evaluation;

import org.banyan.common.error.BanyanException;
import org.banyan.recommendation.jobs.BatchJob;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;

/**
 * {@code recommendation-evaluation}: offline precision@k, recall@k and NDCG@k of the engine's models
 * (collaborative filtering, engagement models, their blend) against most-popular, on every interaction loaded. Parameters (all optional): {@code protocol}
 * (TIME_SPLIT, the default, or RANDOM_80_10_10), {@code k} (5), {@code seed} (42) and
 * {@code maxCustomers} (customers scored and learnt from, sampled when there are more; 50,000).
 */
@Component
class EvaluationJob implements BatchJob {

    private final OfflineEvaluation evaluation;

    EvaluationJob(OfflineEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public String name() {
        return "recommendation-evaluation";
    }

    @Override
    public void validate(JsonNode params) {
        protocol(params);
        int k = params.path("k").asInt(5);
        if (k < 1 || k > 100) {
            throw BanyanException.invalid("k must be between 1 and 100");
        }
        if (params.path("maxCustomers").asInt(50_000) < 1) {
            throw BanyanException.invalid("maxCustomers must be positive");
        }
    }

    @Override
    public Object run(JsonNode params) {
        return evaluation.evaluate(protocol(params), params.path("k").asInt(5), params.path("seed").asLong(42),
                params.path("maxCustomers").asInt(50_000));
    }

    private static Protocol protocol(JsonNode params) {
        String name = params.path("protocol").asString("TIME_SPLIT");
        return Arrays.stream(Protocol.values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> BanyanException.invalid("protocol must be one of " + Arrays.toString(Protocol.values())));
    }
}
