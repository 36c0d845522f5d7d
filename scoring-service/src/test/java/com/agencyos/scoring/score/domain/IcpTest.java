package com.agencyos.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IcpTest {

    @Test
    void defaultsToFiveToFiftyEmployeesInAustralia() {
        Icp icp = Icp.of(List.of("SaaS"), null, null, null, null);

        assertThat(icp.sizeMin()).isEqualTo(5);
        assertThat(icp.sizeMax()).isEqualTo(50);
        assertThat(icp.locations()).containsExactly("Australia");
        assertThat(icp.competitorDomains()).isEmpty();
    }

    @Test
    void treatsAnEmptyLocationListAsTheDefault() {
        assertThat(Icp.DEFAULT.withLocations(List.of(" ")).locations()).containsExactly("Australia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Australia", "australia", "AU", "au", "AUS", " Australia "})
    void matchesAustraliaByNameOrIsoCode(String country) {
        assertThat(Icp.DEFAULT.coversCountry(country)).isTrue();
        assertThat(Icp.DEFAULT.withLocations(List.of("AU")).coversCountry(country)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"New Zealand", "NZ", "Austria", "AT", "Australasia"})
    void refusesOtherCountries(String country) {
        assertThat(Icp.DEFAULT.coversCountry(country)).isFalse();
    }

    @Test
    void matchesCommonAbbreviationsOfOtherCountries() {
        Icp icp = Icp.DEFAULT.withLocations(List.of("United Kingdom", "USA"));

        assertThat(icp.coversCountry("UK")).isTrue();
        assertThat(icp.coversCountry("GB")).isTrue();
        assertThat(icp.coversCountry("United States")).isTrue();
        assertThat(icp.coversCountry("U.S.")).isTrue();
        assertThat(icp.coversCountry("Canada")).isFalse();
    }

    @Test
    void comparesLocationsItCannotReadAsCountriesByText() {
        Icp icp = Icp.DEFAULT.withLocations(List.of("Asia Pacific"));

        assertThat(icp.coversCountry("asia pacific")).isTrue();
        assertThat(icp.coversCountry("Australia")).isFalse();
    }

    @Test
    void countsBothEndsOfTheSizeRange() {
        Icp icp = Icp.DEFAULT.withSize(10, 200);

        assertThat(icp.coversEmployeeCount(10)).isTrue();
        assertThat(icp.coversEmployeeCount(200)).isTrue();
        assertThat(icp.coversEmployeeCount(9)).isFalse();
        assertThat(icp.coversEmployeeCount(201)).isFalse();
        assertThat(icp.coversEmployeeCount(null)).isFalse();
    }

    @Test
    void rejectsASizeRangeThatIsUpsideDownOrNegative() {
        assertThatThrownBy(() -> Icp.DEFAULT.withSize(60, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sizeMax 50 is below sizeMin 60");
        assertThatThrownBy(() -> Icp.DEFAULT.withSize(-1, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesIndustriesIgnoringCaseAndSpacing() {
        Icp icp = Icp.DEFAULT.withIndustries(List.of("Financial Services"));

        assertThat(icp.coversIndustry("financial  services ")).isTrue();
        assertThat(icp.coversIndustry("Financial")).isFalse();
        assertThat(icp.coversIndustry(null)).isFalse();
    }

    @Test
    void coversNoIndustryWhenNoneIsConfigured() {
        assertThat(Icp.DEFAULT.coversIndustry("Marketing")).isFalse();
    }

    @Test
    void recognisesCompetitorsAndTheirSubdomainsHoweverTheDomainIsWritten() {
        Icp icp = Icp.DEFAULT.withCompetitorDomains(List.of("https://www.rival.com.au/"));

        assertThat(icp.listsCompetitor("rival.com.au")).isTrue();
        assertThat(icp.listsCompetitor("RIVAL.com.au.")).isTrue();
        assertThat(icp.listsCompetitor("http://shop.rival.com.au:8080/x?y")).isTrue();
        assertThat(icp.listsCompetitor("notrival.com.au")).isFalse();
        assertThat(icp.listsCompetitor("rival.com")).isFalse();
        assertThat(icp.listsCompetitor(null)).isFalse();
    }
}
