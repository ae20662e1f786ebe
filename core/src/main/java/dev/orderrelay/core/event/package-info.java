/**
 * The order event: the one internal document the worker derives from an order (whatever format it arrived in) and
 * every destination maps to its own protocol. It carries ids, money and the identifiers analytics tools join on,
 * never customer contact data. Its JSON form is fixed here, so the worker that writes it and the senders that read
 * it cannot drift apart.
 */
package dev.orderrelay.core.event;
