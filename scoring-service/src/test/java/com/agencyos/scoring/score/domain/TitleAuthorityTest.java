package com.agencyos.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleAuthorityTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Owner                                  | OWNER
            Owner/Operator                         | OWNER
            Founder                                | OWNER
            Co-Founder & CEO                       | OWNER
            cofounder                              | OWNER
            ceo                                    | OWNER
            Chief Executive                        | OWNER
            Chief Executive Officer                | OWNER
            Managing Director                      | OWNER
            President                              | OWNER
            President & CEO                        | OWNER
            Chief Revenue Officer                  | C_LEVEL
            Chief Information Security Officer     | C_LEVEL
            CFO                                    | C_LEVEL
            COO                                    | C_LEVEL
            CTO                                    | C_LEVEL
            CMO                                    | C_LEVEL
            CRO                                    | C_LEVEL
            CIO                                    | C_LEVEL
            CPO                                    | C_LEVEL
            CTO & Co-Founder                       | OWNER
            Vice President                         | VICE_PRESIDENT
            Vice-President, Sales                  | VICE_PRESIDENT
            Senior Vice President                  | VICE_PRESIDENT
            Assistant Vice President               | VICE_PRESIDENT
            VP Marketing                           | VICE_PRESIDENT
            SVP Sales                              | VICE_PRESIDENT
            EVP                                    | VICE_PRESIDENT
            Director                               | DIRECTOR
            Non-Executive Director                 | DIRECTOR
            Head of Growth                         | DIRECTOR
            Assistant Director                     | DIRECTOR
            Manager                                | MANAGER
            General Manager                        | MANAGER
            Graduate Marketing Manager             | MANAGER
            Assistant Manager                      | TEAM_LEAD
            Associate Manager                      | TEAM_LEAD
            Team Lead                              | TEAM_LEAD
            Team Leader                            | TEAM_LEAD
            Customer Service Supervisor            | TEAM_LEAD
            Assistant to the CEO                   | ASSISTANT
            Executive Assistant                    | ASSISTANT
            Executive Assistant to the Managing Director | ASSISTANT
            Personal Assistant to the Owner        | ASSISTANT
            EA to the MD                           | ASSISTANT
            PA to the Founder                      | ASSISTANT
            Product Owner                          | NO_SENIORITY
            Chief of Staff                         | NO_SENIORITY
            Head Chef                              | NO_SENIORITY
            Presidential Envoy                     | NO_SENIORITY
            Board of Directors Member              | NO_SENIORITY
            Software Engineer                      | NO_SENIORITY
            Marketing Intern                       | NO_SENIORITY
            """)
    void classifiesTitlesByTheHighestLevelTheyName(String title, AuthorityLevel level) {
        assertThat(TitleAuthority.classify(title).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - & / "})
    void readsATitleWithoutWordsAsNoTitle(String title) {
        assertThat(TitleAuthority.classify(title)).isEqualTo(new TitleAuthority(AuthorityLevel.NO_TITLE, ""));
    }

    @Test
    void givesEachLevelItsPoints() {
        assertThat(TitleAuthority.classify("Founder").points()).isEqualTo(25);
        assertThat(TitleAuthority.classify("CMO").points()).isEqualTo(22);
        assertThat(TitleAuthority.classify("VP Sales").points()).isEqualTo(18);
        assertThat(TitleAuthority.classify("Head of Sales").points()).isEqualTo(15);
        assertThat(TitleAuthority.classify("Office Manager").points()).isEqualTo(10);
        assertThat(TitleAuthority.classify("Supervisor").points()).isEqualTo(7);
        assertThat(TitleAuthority.classify("Assistant to the CEO").points()).isZero();
        assertThat(TitleAuthority.classify("Engineer").points()).isZero();
    }

    @Test
    void namesTheWordsThatDecidedTheLevel() {
        assertThat(TitleAuthority.classify("Senior Vice-President of Growth").evidence()).isEqualTo("vice president");
        assertThat(TitleAuthority.classify("Regional Assistant Manager").evidence()).isEqualTo("assistant manager");
        assertThat(TitleAuthority.classify("Chief Data & Analytics Officer").evidence())
                .isEqualTo("chief data analytics officer");
        assertThat(TitleAuthority.classify("EA to the MD").evidence()).isEqualTo("ea to");
    }

    @Test
    void readsChiefOfficerOnlyWithOneToThreeWordsBetween() {
        assertThat(TitleAuthority.classify("Chief Officer").level()).isEqualTo(AuthorityLevel.NO_SENIORITY);
        assertThat(TitleAuthority.classify("Chief Customer Experience Strategy Officer").level())
                .isEqualTo(AuthorityLevel.C_LEVEL);
        assertThat(TitleAuthority.classify("Chief Customer Experience Strategy Design Officer").level())
                .isEqualTo(AuthorityLevel.NO_SENIORITY);
    }

    @ParameterizedTest(name = "''{0}'' says {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Marketing Intern        | intern
            PhD Student             | student
            Trainee Accountant      | trainee
            Graduate Engineer       | graduate
            Retired                 | retired
            Unemployed              | unemployed
            Volunteer Coordinator   | volunteer
            """)
    void findsWordsThatMarkABadTitle(String title, String word) {
        assertThat(TitleAuthority.badTitleWord(title)).contains(word);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"International Sales Manager", "Internship Coordinator", "Internal Auditor", "Graduated Cum Laude"})
    void ignoresBadWordsInsideOtherWords(String title) {
        assertThat(TitleAuthority.badTitleWord(title)).isEmpty();
    }
}
