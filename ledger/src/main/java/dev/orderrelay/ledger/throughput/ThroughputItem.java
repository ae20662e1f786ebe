package dev.orderrelay.ledger.throughput;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** The stored form of a throughput row: partition {@code shop}, sort {@code hour} ({@code 2026-11-24T10}). */
@DynamoDbBean
public class ThroughputItem {

    private String shop;
    private String hour;
    private int source;
    private int excluded;
    private int pending;
    private int eligible;
    private int received;
    private int processed;
    private int repaired;
    private List<DestinationItem> destinations;
    private boolean proven;
    private long checkedAt;
    private String runId;

    /** One destination's counts. */
    @DynamoDbBean
    public static class DestinationItem {
        private String destination;
        private int delivered;
        private int deliveredBeforeRepair;
        private int parked;
        private int pending;

        public String getDestination() {
            return destination;
        }

        public void setDestination(String destination) {
            this.destination = destination;
        }

        public int getDelivered() {
            return delivered;
        }

        public void setDelivered(int delivered) {
            this.delivered = delivered;
        }

        public int getDeliveredBeforeRepair() {
            return deliveredBeforeRepair;
        }

        public void setDeliveredBeforeRepair(int deliveredBeforeRepair) {
            this.deliveredBeforeRepair = deliveredBeforeRepair;
        }

        public int getParked() {
            return parked;
        }

        public void setParked(int parked) {
            this.parked = parked;
        }

        public int getPending() {
            return pending;
        }

        public void setPending(int pending) {
            this.pending = pending;
        }
    }

    @DynamoDbPartitionKey
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSortKey
    public String getHour() {
        return hour;
    }

    public void setHour(String hour) {
        this.hour = hour;
    }

    public int getSource() {
        return source;
    }

    public void setSource(int source) {
        this.source = source;
    }

    public int getExcluded() {
        return excluded;
    }

    public void setExcluded(int excluded) {
        this.excluded = excluded;
    }

    public int getPending() {
        return pending;
    }

    public void setPending(int pending) {
        this.pending = pending;
    }

    public int getEligible() {
        return eligible;
    }

    public void setEligible(int eligible) {
        this.eligible = eligible;
    }

    public int getReceived() {
        return received;
    }

    public void setReceived(int received) {
        this.received = received;
    }

    public int getProcessed() {
        return processed;
    }

    public void setProcessed(int processed) {
        this.processed = processed;
    }

    public int getRepaired() {
        return repaired;
    }

    public void setRepaired(int repaired) {
        this.repaired = repaired;
    }

    public List<DestinationItem> getDestinations() {
        return destinations;
    }

    public void setDestinations(List<DestinationItem> destinations) {
        this.destinations = destinations;
    }

    public boolean isProven() {
        return proven;
    }

    public void setProven(boolean proven) {
        this.proven = proven;
    }

    public long getCheckedAt() {
        return checkedAt;
    }

    public void setCheckedAt(long checkedAt) {
        this.checkedAt = checkedAt;
    }

    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }
}
