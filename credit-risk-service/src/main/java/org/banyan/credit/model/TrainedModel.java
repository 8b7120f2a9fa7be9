package org.banyan.credit.model;

/**
 * A model ready to register: the booster as UBJ bytes, the number of trees to predict with, the
 * resolved feature specification and the held-out metrics.
 */
record TrainedModel(byte[] binary, int trees, FeatureSpec spec, ModelMetrics metrics) {
}
