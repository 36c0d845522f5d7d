package com.agencyos.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PipelineTableTest {

    private static final String LEAD = "0f8e2a9c-5b1d-4c3e-9a7f-112233445566";
    private static final String OTHER = "1a2b3c4d-0000-4000-8000-000000000002";

    @Test
    void scoredEventFillsScoreAndTier() {
        PipelineTable table = new PipelineTable();
        table.addLead(LEAD, "priya.raman@northwind-logistics.com.au");

        Demo.record(table, new ConsumerRecord<>("lead.scored", 0, 0, LEAD,
                "{\"leadId\":\"" + LEAD + "\",\"score\":87,\"tier\":\"hot\"}"));

        assertThat(table.render("Y", "."))
                .last().asString().contains("0f8e2a9c", "priya.raman@", "87", "hot");
    }

    @Test
    void waitsUntilEveryLeadIsTouchedOrScoredDead() {
        PipelineTable table = new PipelineTable();
        table.addLead(LEAD, "a@b.test");
        table.addLead(OTHER, "c@d.test");

        Demo.record(table, new ConsumerRecord<>("lead.scored", 0, 0, LEAD, "{\"score\":40,\"tier\":\"cool\"}"));
        Demo.record(table, new ConsumerRecord<>("lead.scored", 1, 0, OTHER, "{\"score\":10,\"tier\":\"dead\"}"));
        assertThat(table.allSettled()).as("a cool lead still waits for its touch").isFalse();

        Demo.record(table, new ConsumerRecord<>("touch.sent", 0, 1, LEAD, "{\"mode\":\"draft\"}"));
        assertThat(table.allSettled()).isTrue();
    }

    @Test
    void eventsOfOtherLeadsAreIgnored() {
        PipelineTable table = new PipelineTable();
        table.addLead(LEAD, "a@b.test");

        Demo.record(table, new ConsumerRecord<>("lead.scored", 0, 0, OTHER, "{\"score\":99,\"tier\":\"hot\"}"));

        assertThat(table.allSettled()).isFalse();
        assertThat(table.render("Y", ".").get(1)).doesNotContain("99");
    }

    @Test
    void playbookEventsMarkTheLeadsTheyWereWaitingFor() {
        PipelineTable table = new PipelineTable();
        table.addLead(LEAD, "a@b.test");

        Demo.record(table, new ConsumerRecord<>("playbook.generated", 0, 0, "playbook-1",
                "{\"waitingLeadIds\":[\"" + LEAD + "\"]}"));

        String row = table.render("Y", ".").get(1);
        assertThat(row.chars().filter(c -> c == 'Y').count()).isEqualTo(1);
    }

    @Test
    void aValueThatIsNotJsonStillMarksTheTopic() {
        PipelineTable table = new PipelineTable();
        table.addLead(LEAD, "a@b.test");

        Demo.record(table, new ConsumerRecord<>("form.received", 0, 0, LEAD, "not json"));

        assertThat(table.render("Y", ".").get(1)).contains("Y");
    }
}
