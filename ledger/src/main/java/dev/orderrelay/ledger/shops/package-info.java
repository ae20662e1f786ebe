/**
 * Shop configuration: the shop's status, its policy and its destinations with their settings. Credentials are
 * never stored here, only references to them (a secret's name), resolved by the role that sends.
 */
package dev.orderrelay.ledger.shops;
