package com.agencyos.tenant.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IcpFormTest {

    static Icp merge(IcpForm form) {
        FieldErrors errors = new FieldErrors();
        Icp icp = form.mergeInto(Icp.DEFAULT, errors);
        errors.throwIfAny();
        return icp;
    }

    @Test
    void competitorDomainsAreLowerCasedWithoutSchemeWwwOrPath() {
        Icp icp = merge(new IcpForm(null, null, null, null, null,
                List.of("https://www.GrowthLabs.com.au/about", "rivals.io", "RIVALS.io"), null));

        assertThat(icp.competitorDomains()).containsExactly("growthlabs.com.au", "rivals.io");
    }

    @Test
    void aCompetitorThatIsNotADomainIsReportedByPosition() {
        assertThatThrownBy(() -> merge(new IcpForm(null, null, null, null, null, List.of("rivals.io", "not a domain"), null)))
                .isInstanceOfSatisfying(InvalidTenantException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("icp.competitorDomains[1]"));
    }

    @Test
    void listsAreTrimmedAndBlankOrRepeatedEntriesDropped() {
        Icp icp = merge(new IcpForm(Arrays.asList(" Construction ", "", null, "Construction", "Wholesale  Trade"),
                null, null, null, null, null, null));

        assertThat(icp.industries()).containsExactly("Construction", "Wholesale Trade");
    }

    @Test
    void aListLongerThanFiftyEntriesIsRefused() {
        List<String> titles = IntStream.range(0, 51).mapToObj(i -> "Title " + i).toList();

        assertThatThrownBy(() -> merge(new IcpForm(null, null, null, null, titles, null, null)))
                .isInstanceOfSatisfying(InvalidTenantException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("icp.titles"));
    }

    @Test
    void theVendorWebsiteMustBeAnHttpAddressAndAnEmptyOneClearsIt() {
        assertThat(merge(new IcpForm(null, null, null, null, null, null, "https://acmeagency.com.au")).vendorWebsite())
                .isEqualTo("https://acmeagency.com.au");
        FieldErrors errors = new FieldErrors();
        Icp withSite = new Icp(List.of(), 5, 50, List.of(), List.of(), List.of(), "https://acmeagency.com.au");
        assertThat(new IcpForm(null, null, null, null, null, null, "").mergeInto(withSite, errors).vendorWebsite()).isNull();
        assertThatThrownBy(() -> merge(new IcpForm(null, null, null, null, null, null, "ftp://acme.com.au")))
                .isInstanceOfSatisfying(InvalidTenantException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("icp.vendorWebsite"));
    }

    @Test
    void sizesMustBeNonNegativeAndInOrder() {
        assertThatThrownBy(() -> merge(new IcpForm(null, -1, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidTenantException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("icp.sizeMin"));
        assertThatThrownBy(() -> merge(new IcpForm(null, 60, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidTenantException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("icp.sizeMax"));
        assertThat(merge(new IcpForm(Collections.emptyList(), 20, 20, null, null, null, null)).sizeMax()).isEqualTo(20);
    }
}
