package dev.orderrelay.bench.faults;

/**
 * The junk of one episode and what became of it.
 *
 * @param forgedSent webhooks with a wrong signature
 * @param forgedRefused of those, refused with 401 (anything else is a failure)
 * @param malformedSent correctly signed webhooks whose body is not JSON
 * @param malformedAccepted of those, acknowledged with 2xx
 * @param malformedParked of the acknowledged ones, found parked by the worker (anything else is lost)
 */
public record JunkFigures(
        int forgedSent, int forgedRefused, int malformedSent, int malformedAccepted, int malformedParked) {

    /** Every forged webhook refused, every malformed one acknowledged and parked. */
    public boolean handled() {
        return forgedRefused == forgedSent
                && malformedAccepted == malformedSent
                && malformedParked == malformedAccepted;
    }
}
