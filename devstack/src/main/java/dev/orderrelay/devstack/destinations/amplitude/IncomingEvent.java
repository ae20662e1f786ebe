package dev.orderrelay.devstack.destinations.amplitude;

import tools.jackson.databind.node.ObjectNode;

/**
 * One event of an upload after Amplitude's checks: its index in the request, the event as Amplitude would store it
 * (an id shorter than the minimum removed), and the ids that remain.
 */
record IncomingEvent(int index, ObjectNode event, String userId, String deviceId) {}
