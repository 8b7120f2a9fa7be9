package org.banyan.recommendation.campaign;

import java.util.function.Consumer;

/**
 * Segments as profile-service keeps them. Behind an interface because the campaign logic should not
 * care how segments are reached; {@link RestSegmentDirectory} is the production implementation.
 */
interface SegmentDirectory {

    /** How many customers the segment has now; a 4xx problem if there is no such segment. */
    long count(String segmentId);

    /** Freezes the segment's current members for the campaign. */
    Snapshot freeze(String segmentId, String campaignId);

    /** Streams a snapshot's member ids to {@code member}. */
    void members(String segmentId, String snapshotId, Consumer<String> member);

    record Snapshot(String id, long memberCount) {
    }
}
