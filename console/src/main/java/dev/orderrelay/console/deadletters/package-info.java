/**
 * Dead letters for support: a shop's parked events and why each was parked, filtered by destination, stage,
 * reason and status; one event's message with customer data masked; replay of one event or of a filter's worth
 * (a background job whose progress lives in the ledger, with a dry-run count first) and discard with a reason,
 * each audited. A replay moves the event out of parked before it publishes, so it is published once however many
 * replays race, and never resends a delivery the destination already accepted.
 */
package dev.orderrelay.console.deadletters;
