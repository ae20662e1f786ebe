package dev.orderrelay.ledger.reconciliations;

import dev.orderrelay.ledger.LedgerSchema;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * The stored form of a run: partition {@code runId}. {@code queue} is set only while the run is queued, so the
 * {@code queued} index holds nothing else; {@code runDay} only on runs (not on a shop's cursor item), so the
 * {@code by-day} index lists runs alone; times in epoch milliseconds, {@code expiresAt} in epoch seconds (TTL).
 */
@DynamoDbBean
public class ReconciliationItem {

    private String runId;
    private String runDay;
    private String shop;
    private String windowFrom;
    private String windowTo;
    private String trigger;
    private String state;
    private String queue;
    private String requestedBy;
    private Long requestedAt;
    private Long startedAt;
    private Long finishedAt;
    private String error;
    private Integer hoursTotal;
    private Integer hoursChecked;
    private Integer hoursProven;
    private Integer sourceOrders;
    private Integer missingOrders;
    private Integer missingRefunds;
    private Integer missingCancellations;
    private Integer stalledOrders;
    private List<String> subscriptionsRecreated;
    private List<String> problems;
    private Long expiresAt;

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(
            indexNames = {
                LedgerSchema.RECONCILIATIONS_QUEUED_INDEX,
                LedgerSchema.RECONCILIATIONS_BY_SHOP_INDEX,
                LedgerSchema.RECONCILIATIONS_BY_DAY_INDEX
            })
    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.RECONCILIATIONS_BY_DAY_INDEX)
    public String getRunDay() {
        return runDay;
    }

    public void setRunDay(String runDay) {
        this.runDay = runDay;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.RECONCILIATIONS_BY_SHOP_INDEX)
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    public String getWindowFrom() {
        return windowFrom;
    }

    public void setWindowFrom(String windowFrom) {
        this.windowFrom = windowFrom;
    }

    public String getWindowTo() {
        return windowTo;
    }

    public void setWindowTo(String windowTo) {
        this.windowTo = windowTo;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.RECONCILIATIONS_QUEUED_INDEX)
    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public Long getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(Long requestedAt) {
        this.requestedAt = requestedAt;
    }

    public Long getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Long startedAt) {
        this.startedAt = startedAt;
    }

    public Long getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Long finishedAt) {
        this.finishedAt = finishedAt;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public Integer getHoursTotal() {
        return hoursTotal;
    }

    public void setHoursTotal(Integer hoursTotal) {
        this.hoursTotal = hoursTotal;
    }

    public Integer getHoursChecked() {
        return hoursChecked;
    }

    public void setHoursChecked(Integer hoursChecked) {
        this.hoursChecked = hoursChecked;
    }

    public Integer getHoursProven() {
        return hoursProven;
    }

    public void setHoursProven(Integer hoursProven) {
        this.hoursProven = hoursProven;
    }

    public Integer getSourceOrders() {
        return sourceOrders;
    }

    public void setSourceOrders(Integer sourceOrders) {
        this.sourceOrders = sourceOrders;
    }

    public Integer getMissingOrders() {
        return missingOrders;
    }

    public void setMissingOrders(Integer missingOrders) {
        this.missingOrders = missingOrders;
    }

    public Integer getMissingRefunds() {
        return missingRefunds;
    }

    public void setMissingRefunds(Integer missingRefunds) {
        this.missingRefunds = missingRefunds;
    }

    public Integer getMissingCancellations() {
        return missingCancellations;
    }

    public void setMissingCancellations(Integer missingCancellations) {
        this.missingCancellations = missingCancellations;
    }

    public Integer getStalledOrders() {
        return stalledOrders;
    }

    public void setStalledOrders(Integer stalledOrders) {
        this.stalledOrders = stalledOrders;
    }

    public List<String> getSubscriptionsRecreated() {
        return subscriptionsRecreated;
    }

    public void setSubscriptionsRecreated(List<String> subscriptionsRecreated) {
        this.subscriptionsRecreated = subscriptionsRecreated;
    }

    public List<String> getProblems() {
        return problems;
    }

    public void setProblems(List<String> problems) {
        this.problems = problems;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
