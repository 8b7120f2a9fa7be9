package org.banyan.profile.recompute;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One run of a profile batch job, as the status API shows it. */
record JobRun(UUID id, String job, String runKey, LocalDate businessDate, boolean publishChanges, Status status,
        String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        String checkpoint, long customersProcessed, long customersChanged, String error) {

    enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }
}
