package dev.orderrelay.bench.faults;

/**
 * The receiver SIGKILLed under load, twice, and started again each time: webhooks in flight get no answer and the
 * store retries them; nothing it saw acknowledged may be lost.
 */
final class ReceiverKill implements Fault {

    @Override
    public String name() {
        return "receiver-kill";
    }

    @Override
    public String description(SuiteScale scale) {
        return "receiver SIGKILLed twice under load, restarted each time";
    }

    @Override
    public void play(FaultContext context) {
        context.hold(context.scale().loadDuration().dividedBy(4));
        context.killAndRestart(context.topology().receiver());
        context.hold(context.scale().loadDuration().dividedBy(4));
        context.killAndRestart(context.topology().receiver());
    }
}
