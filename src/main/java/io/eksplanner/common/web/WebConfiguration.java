package io.eksplanner.common.web;

import java.time.Duration;
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

    WebConfiguration(
            @Value("${planner.planning.concurrency:0}") int concurrency,
            @Value("${planner.planning.queue-wait:10s}") Duration queueWait,
            ProblemWriter problems) {
        int planners = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
        this.planningPermits = new PlanningPermits(planners, queueWait, problems);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParameters());
        registry.addInterceptor(planningPermits);
    }

    /** The host's error report valve is made when the host starts, after this runs; so naming its class suffices. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
