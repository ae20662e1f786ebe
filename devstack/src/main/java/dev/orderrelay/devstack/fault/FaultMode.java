package dev.orderrelay.devstack.fault;

/** What a {@link FaultProxy} does with the traffic it gets. */
public enum FaultMode {
    /** Forward both ways untouched. */
    PASS,
    /** Close every connection at once: the server looks down. */
    REFUSE,
    /** Accept and read requests, never answer: the server looks hung. */
    HANG,
    /** Forward, holding each reply back by the configured delay: the server looks slow. */
    DELAY
}
