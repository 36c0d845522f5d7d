package com.agencyos.playbook.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class TitleFamilyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Managing Director              | executive
            Founder & CEO                  | executive
            Co-Founder                     | executive
            Chief Executive Officer        | executive
            Sales Director                 | sales
            VP, Business Development       | sales
            Account Executive              | sales
            Chief Marketing Officer        | marketing
            Head of Growth                 | marketing
            IT Manager                     | technology
            CTO                            | technology
            Chief Financial Officer        | finance
            Accounts Payable Officer       | finance
            People & Culture Lead          | people
            Chief Operating Officer        | operations
            Warehouse Logistics Supervisor | operations
            Receptionist                   | unknown
            """)
    void aFunctionalWordBeatsASeniorityWord(String title, TitleFamily family) {
        assertThat(TitleFamily.of(title)).isEqualTo(family);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noTitleHasAnUnknownFamily(String title) {
        assertThat(TitleFamily.of(title)).isEqualTo(TitleFamily.unknown);
    }

    @ParameterizedTest
    @CsvSource({"Digital Editor", "Site Manager", "Auditor"})
    void wordsAreMatchedWholeNotAsPartsOfOtherWords(String title) {
        assertThat(TitleFamily.of(title)).isEqualTo(TitleFamily.unknown);
    }
}
