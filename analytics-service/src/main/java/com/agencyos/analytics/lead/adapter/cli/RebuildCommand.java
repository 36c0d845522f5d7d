package com.agencyos.analytics.lead.adapter.cli;

import com.agencyos.analytics.lead.application.LeadRebuild;
import java.time.Duration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The jar's rebuild mode: {@code java -jar analytics-service.jar --agencyos.analytics.rebuild-and-exit=true} rebuilds
 * the lead view from the facts, prints what it did and exits (status 0 on success).
 */
@Component
@ConditionalOnProperty(name = "agencyos.analytics.rebuild-and-exit", havingValue = "true")
class RebuildCommand implements ApplicationRunner {

    private static final Duration AT_MOST = Duration.ofHours(2);

    private final LeadRebuild rebuild;
    private final ConfigurableApplicationContext context;

    RebuildCommand(LeadRebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var outcome = rebuild.rebuild().block(AT_MOST);
        System.out.printf("Rebuilt the lead view: %d leads from %d facts in %d ms%n", outcome.leads(), outcome.facts(),
                outcome.took().toMillis());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
