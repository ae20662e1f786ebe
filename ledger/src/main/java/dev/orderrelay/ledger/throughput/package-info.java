/** Per shop and UTC hour, what the source created and what reached each destination, before and after repair. */
package dev.orderrelay.ledger.throughput;
