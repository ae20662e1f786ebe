package dev.orderrelay.worker.isolation;

import java.time.Duration;

/**
 * A guard's "not now": nothing was sent and no attempt was spent, so the message is only hidden for {@code delay}.
 *
 * @param delay how long to hide the message
 * @param reason which scope refused, and why
 */
public record Refusal(Duration delay, String reason) {}
