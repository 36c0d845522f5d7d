package com.agencyos.scoring.score.domain;

import java.time.LocalDate;

/**
 * What enrichment knows about a lead, as the scorer reads it. A {@code null} (or, for text, blank) value
 * means unknown: it earns no points and deducts none.
 *
 * @param emailVerified       {@code TRUE} when a provider verified the mailbox, {@code FALSE} when one
 *                            found it invalid or risky, {@code null} when nobody checked
 * @param bounced             a hard bounce is on record for this email
 * @param hiring              the company has open roles
 * @param websiteReachable    {@code FALSE} when the company website did not answer
 * @param domainRank          the company domain's authority, higher is stronger
 * @param organicTraffic      estimated monthly organic visits
 * @param top10Keywords       keywords the domain ranks in the top 10 for
 * @param spamScore           the domain's spam score, 0-100
 */
public record LeadFacts(
        String email,
        Boolean emailVerified,
        String phone,
        String linkedinUrl,
        String title,
        String industry,
        Integer employeeCount,
        String country,
        Boolean hiring,
        LocalDate latestFundingDate,
        LocalDate employmentStartDate,
        boolean bounced,
        String companyDomain,
        Boolean websiteReachable,
        Integer domainRank,
        Integer organicTraffic,
        Integer top10Keywords,
        Integer spamScore) {

    /** A lead nothing is known about. */
    public static final LeadFacts UNKNOWN = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .email(email).emailVerified(emailVerified).phone(phone).linkedinUrl(linkedinUrl).title(title)
                .industry(industry).employeeCount(employeeCount).country(country).hiring(hiring)
                .latestFundingDate(latestFundingDate).employmentStartDate(employmentStartDate).bounced(bounced)
                .companyDomain(companyDomain).websiteReachable(websiteReachable).domainRank(domainRank)
                .organicTraffic(organicTraffic).top10Keywords(top10Keywords).spamScore(spamScore);
    }

    public static final class Builder {
        private String email;
        private Boolean emailVerified;
        private String phone;
        private String linkedinUrl;
        private String title;
        private String industry;
        private Integer employeeCount;
        private String country;
        private Boolean hiring;
        private LocalDate latestFundingDate;
        private LocalDate employmentStartDate;
        private boolean bounced;
        private String companyDomain;
        private Boolean websiteReachable;
        private Integer domainRank;
        private Integer organicTraffic;
        private Integer top10Keywords;
        private Integer spamScore;

        private Builder() {
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder emailVerified(Boolean emailVerified) {
            this.emailVerified = emailVerified;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder linkedinUrl(String linkedinUrl) {
            this.linkedinUrl = linkedinUrl;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder industry(String industry) {
            this.industry = industry;
            return this;
        }

        public Builder employeeCount(Integer employeeCount) {
            this.employeeCount = employeeCount;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder hiring(Boolean hiring) {
            this.hiring = hiring;
            return this;
        }

        public Builder latestFundingDate(LocalDate latestFundingDate) {
            this.latestFundingDate = latestFundingDate;
            return this;
        }

        public Builder employmentStartDate(LocalDate employmentStartDate) {
            this.employmentStartDate = employmentStartDate;
            return this;
        }

        public Builder bounced(boolean bounced) {
            this.bounced = bounced;
            return this;
        }

        public Builder companyDomain(String companyDomain) {
            this.companyDomain = companyDomain;
            return this;
        }

        public Builder websiteReachable(Boolean websiteReachable) {
            this.websiteReachable = websiteReachable;
            return this;
        }

        public Builder domainRank(Integer domainRank) {
            this.domainRank = domainRank;
            return this;
        }

        public Builder organicTraffic(Integer organicTraffic) {
            this.organicTraffic = organicTraffic;
            return this;
        }

        public Builder top10Keywords(Integer top10Keywords) {
            this.top10Keywords = top10Keywords;
            return this;
        }

        public Builder spamScore(Integer spamScore) {
            this.spamScore = spamScore;
            return this;
        }

        public LeadFacts build() {
            return new LeadFacts(email, emailVerified, phone, linkedinUrl, title, industry, employeeCount, country,
                    hiring, latestFundingDate, employmentStartDate, bounced, companyDomain, websiteReachable,
                    domainRank, organicTraffic, top10Keywords, spamScore);
        }
    }
}
