package io.eksplanner.topology;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The revision settings, and the schedule that purges expired revisions. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevisionSettings.class)
@EnableScheduling
class RevisionConfiguration {}
