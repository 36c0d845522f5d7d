/**
 * Web research: reading a company's website within limits and turning its pages into a profile.
 *
 * <p>{@code SiteReader} fetches (JDK HTTP client: redirects followed by hand and re-checked, private addresses
 * refused unless allowed or overridden, HTML only, size cap, per-request timeout, 24 h page cache); {@code SiteUrls}
 * ranks a site's links and {@code RobotsRules} filters them; {@code SiteResearch} reads the ranked pages with bounded
 * concurrency inside a time budget. {@code SiteAnalysis} (RAKE keyphrases, sentence scoring, number, entity and
 * pattern spotting, {@code Language} detection) builds the {@code VendorProfile} and {@code ProspectProfile}, whose
 * every entry is a sentence of the site with its page ({@code Fact}).
 */
package com.agencyos.playbook.research;
