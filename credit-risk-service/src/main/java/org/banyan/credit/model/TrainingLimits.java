package org.banyan.credit.model;

/** The least data a model may be trained on, and the most a single upload may hold. */
record TrainingLimits(int minRows, int minPerClass, int maxRows) {

    static final TrainingLimits DEFAULT = new TrainingLimits(100, 20, 2_000_000);
}
