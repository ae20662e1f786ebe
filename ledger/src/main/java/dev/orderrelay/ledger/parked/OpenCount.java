package dev.orderrelay.ledger.parked;

/**
 * How many parked events are open (status {@code PARKED}) for one stage, destination and reason category, across
 * all shops.
 *
 * @param destination the destination's name for the deliver stage; null where the stage has none
 * @param category the reason's category (see {@link ReasonCategory})
 */
public record OpenCount(ParkedStage stage, String destination, String category, long open) {}
