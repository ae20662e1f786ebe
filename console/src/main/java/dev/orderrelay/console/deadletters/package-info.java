/**
 * Dead letters for support: a shop's parked events, why each was parked, filtered by destination, stage and
 * reason. Read-only for now; replay and discard, with their audit trail, come with the support console. The
 * parked message itself is never shown here: it may hold customer data.
 */
package dev.orderrelay.console.deadletters;
