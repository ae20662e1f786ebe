package dev.orderrelay.receiver.enqueue;

import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** The SQS client the ingest batch manager sends through; see {@link IngestQueueConfiguration}. */
record IngestSqsClient(SqsAsyncClient client) implements AutoCloseable {

    @Override
    public void close() {
        client.close();
    }
}
