package dev.orderrelay.worker;

import dev.orderrelay.ledger.spring.LedgerConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Everything the worker role needs, importable into any Spring Boot application: its own
 * {@link WorkerApplication} in production, the one-process local run, tests.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = WorkerConfiguration.class)
@EnableConfigurationProperties(WorkerProperties.class)
@Import(LedgerConfiguration.class)
@PropertySource("classpath:worker-defaults.properties")
public class WorkerConfiguration {}
