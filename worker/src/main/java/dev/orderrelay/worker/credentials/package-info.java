/**
 * Destination credentials by reference: a shop's destination names its secret ({@code credentialsRef}) and this
 * package turns the name into the secret just before a send, from the source {@code relay.credentials.source}
 * chooses (the Spring environment, a directory of files such as a Kubernetes secret mount, or AWS Secrets Manager),
 * cached for {@code relay.credentials.cache-ttl}. A secret that does not exist is {@code DestinationSecret.none()};
 * a source that cannot be asked throws {@link dev.orderrelay.worker.credentials.CredentialsUnavailableException},
 * which the deliver stage treats as "retry later", never as a missing secret. No secret is ever logged.
 */
package dev.orderrelay.worker.credentials;
