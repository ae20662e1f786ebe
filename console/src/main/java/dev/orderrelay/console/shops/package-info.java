/**
 * Shop configuration through the admin API: {@code GET} and {@code PUT /api/shops/{shop}} read and replace a
 * shop's status, event policy and destinations in the ledger's shop registry. A {@code PUT} is checked whole
 * before anything is written, each destination against the settings and credentials its kind takes, and every
 * problem is reported with the JSON path of the field at fault.
 */
package dev.orderrelay.console.shops;
