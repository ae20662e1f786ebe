package dev.orderrelay.devstack.destinations;

/** Why a signed webhook was or was not accepted; the names go into log lines, never the signature itself. */
enum SignatureVerdict {
    VALID,
    MISSING_HEADER,
    MALFORMED_TIMESTAMP,
    TIMESTAMP_OUT_OF_TOLERANCE,
    NO_MATCHING_SIGNATURE;

    boolean accepted() {
        return this == VALID;
    }
}
