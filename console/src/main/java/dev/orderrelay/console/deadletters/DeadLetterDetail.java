package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ParkedEvent;
import tools.jackson.databind.JsonNode;

/**
 * One dead letter with its message, customer data masked, for support deciding whether to replay or discard it.
 *
 * @param message the parked queue message with customer data masked (an envelope's body shown as masked JSON);
 *     null when the message is not JSON
 * @param messageNote what was left out, e.g. a message that is not JSON, shown only by its size
 */
record DeadLetterDetail(DeadLetterView deadLetter, JsonNode message, String messageNote) {

    static DeadLetterDetail of(ParkedEvent event, MessageMasker masker) {
        MessageMasker.Masked masked = masker.mask(event.message());
        return new DeadLetterDetail(DeadLetterView.of(event), masked.message(), masked.note());
    }
}
