package com.agencyos.tenant.suppression.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionCsvTest {

    @Test
    void readsRowsUnderAKindValueReasonHeaderNumberingThemByLine() {
        List<SuppressionCsv.Row> rows = SuppressionCsv.parse("""
                kind,value,reason
                email,jo@acme.com,unsubscribed by phone
                domain,"rival.com.au","competitor, do not contact"

                phone,+61412345678,
                """);

        assertThat(rows).containsExactly(
                new SuppressionCsv.Row(2, "email", "jo@acme.com", "unsubscribed by phone"),
                new SuppressionCsv.Row(3, "domain", "rival.com.au", "competitor, do not contact"),
                new SuppressionCsv.Row(5, "phone", "+61412345678", ""));
    }

    @Test
    void theReasonColumnIsOptional() {
        assertThat(SuppressionCsv.parse("KIND,Value\r\nemail,jo@acme.com\r\n"))
                .containsExactly(new SuppressionCsv.Row(2, "email", "jo@acme.com", null));
    }

    @Test
    void aSingleColumnIsReadAsEmailsWithOrWithoutAHeader() {
        assertThat(SuppressionCsv.parse("email\njo@acme.com\n\"sam@acme.com\""))
                .containsExactly(new SuppressionCsv.Row(2, "email", "jo@acme.com", null),
                        new SuppressionCsv.Row(3, "email", "sam@acme.com", null));
        assertThat(SuppressionCsv.parse("\uFEFFjo@acme.com\nsam@acme.com"))
                .containsExactly(new SuppressionCsv.Row(1, "email", "jo@acme.com", null),
                        new SuppressionCsv.Row(2, "email", "sam@acme.com", null));
    }

    @Test
    void quotesAreUnescaped() {
        assertThat(SuppressionCsv.parse("kind,value,reason\nemail,jo@acme.com,\"said \"\"stop\"\"\"").get(0).reason())
                .isEqualTo("said \"stop\"");
    }

    @Test
    void aFileOfTheWrongShapeIsRefusedAsAWhole() {
        for (String bad : new String[] {
                "", "\n\n", "kind,value,reason\n", "name,address\nx,y",
                "kind,value,reason\nemail,jo@acme.com,a,b",
                "kind,value,reason\nemail",
                "kind,value,reason\nemail,\"jo@acme.com,unterminated",
                "kind,value,reason\nemail,jo\"@acme.com,x",
                "kind,value,reason\nemail,\"jo@acme.com\"x,y",
                "jo@acme.com\nsam@acme.com,extra"}) {
            assertThatThrownBy(() -> SuppressionCsv.parse(bad)).as(bad)
                    .isInstanceOf(SuppressionCsv.MalformedCsvException.class);
        }
    }

    @Test
    void tenThousandRowsAreAcceptedAndOneMoreIsRefused() {
        String tenThousand = "email\n" + "jo@acme.com\n".repeat(SuppressionCsv.MAX_ROWS);

        assertThat(SuppressionCsv.parse(tenThousand)).hasSize(SuppressionCsv.MAX_ROWS);
        assertThatThrownBy(() -> SuppressionCsv.parse(tenThousand + "sam@acme.com\n"))
                .isInstanceOf(SuppressionCsv.TooManyRowsException.class);
    }
}
