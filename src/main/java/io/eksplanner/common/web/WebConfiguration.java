package io.eksplanner.common.web;

import java.time.Duration;
import java.util.Arrays;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The MVC settings every endpoint shares: unknown query parameters are refused, plans take turns for a bounded
 * number of planners, and Tomcat answers its own errors as problems.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final PlanningPermits planningPermits;
    private final ProblemWriter problems;

    WebConfiguration(
            @Value("${planner.planning.concurrency:0}") int concurrency,
            @Value("${planner.planning.queue-wait:10s}") Duration queueWait,
            ProblemWriter problems) {
        int planners = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
        this.planningPermits = new PlanningPermits(planners, queueWait, problems);
        this.problems = problems;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParameters());
        registry.addInterceptor(planningPermits);
    }

    /**
     * The host adds an error report valve of the class it is told when it starts, after this runs, unless its pipeline
     * already holds one of that class: so adding one with the configured problem base here is what it keeps.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                if (Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemReportValve.class::isInstance)) {
                    host.getPipeline().addValve(new ProblemReportValve(problems.base()));
                }
            }
        });
    }
}
