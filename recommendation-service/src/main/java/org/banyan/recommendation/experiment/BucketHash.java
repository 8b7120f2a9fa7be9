package org.banyan.recommendation.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic traffic splitting: SHA-256 of "experimentId:customerId", its first 8 bytes taken as an
 * unsigned number modulo 10,000. The same customer always lands in the same bucket of an experiment
 * (on every instance, after every restart) and buckets of different experiments are independent.
 * Campaigns split their hold-out the same way, salted with the campaign id.
 */
public final class BucketHash {

    public static final int BUCKETS = 10_000;

    private BucketHash() {
    }

    public static int bucket(String experimentId, String customerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((experimentId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest, 0, 8).getLong(), BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
