package org.banyan.credit.model;

/** Training data that cannot make a model; the message is the reason a failed job reports. */
class TrainingDataException extends RuntimeException {

    TrainingDataException(String reason) {
        super(reason);
    }
}
