package dev.orderrelay.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasuresTests {

    @Test
    void sumsEveryHeapPoolOfAScrape() {
        String scrape = """
                # HELP jvm_memory_used_bytes The amount of used memory
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2097152.0
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                """;

        assertThat(HeapSampler.heapInUse(scrape)).isEqualTo(10_485_760L + 2_097_152L);
    }

    @Test
    void sumsAWorkersAwsCallsPerServiceOverOperationsAndOutcomesAndTakesTheDifferenceOfTwoScrapes() {
        AwsCalls before = AwsCalls.parse("""
                # TYPE relay_worker_aws_calls_total counter
                relay_worker_aws_calls_total{operation="PutItem",outcome="success",service="DynamoDb"} 10.0
                relay_worker_aws_calls_total{operation="ReceiveMessage",outcome="success",service="Sqs"} 4.0
                """);
        AwsCalls after = AwsCalls.parse("""
                relay_worker_aws_calls_total{operation="PutItem",outcome="success",service="DynamoDb"} 30.0
                relay_worker_aws_calls_total{operation="UpdateItem",outcome="failure",service="DynamoDb"} 2.0
                relay_worker_aws_calls_total{operation="ReceiveMessage",outcome="success",service="Sqs"} 9.0
                relay_webhooks_total{outcome="accepted"} 7.0
                """);

        AwsCalls burst = after.since(before);

        assertThat(burst.of("DynamoDb")).isEqualTo(22.0);
        assertThat(burst.of("Sqs")).isEqualTo(5.0);
        assertThat(burst.of("S3")).isZero();
        assertThat(burst.total()).isEqualTo(27.0);
    }

    @Test
    void theCostCeilingCountsEveryPageOfTheListingAgainstTheRestoreRate() {
        PacedAdminApi.Bucket bucket = new PacedAdminApi.Bucket(2000, 2000, 100, 0);

        // 10,000 orders in one hour: 40 pages of 2 + 250 points = 10,080; a full bucket pays 2,000 at once, the
        // remaining 8,080 take 80.8 s at 100 points/s.
        assertThat(ReconciliationBench.ceiling(10_000, 1, bucket)).isCloseTo(10_000 / 80.8, within());
        // Two hours add a page's 2 points.
        assertThat(ReconciliationBench.ceiling(10_000, 2, bucket)).isCloseTo(10_000 / 80.82, within());
    }

    @Test
    void aListingTheFullBucketPaysForIsJudgedAgainstTheSteadyState() {
        PacedAdminApi.Bucket bucket = new PacedAdminApi.Bucket(2000, 2000, 100, 0);

        assertThat(ReconciliationBench.ceiling(500, 1, bucket)).isCloseTo(100 * 250 / 252.0, within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
