/**
 * The ALS lead score: how good a lead is for a tenant, as points in five components combined by weights
 * into 0-100, a tier and the outreach channels that tier allows. Plain Java, no framework: the application
 * layer hands {@link com.agencyos.scoring.score.domain.AlsScorer} a lead's enriched
 * {@link com.agencyos.scoring.score.domain.LeadFacts}, the tenant's {@link com.agencyos.scoring.score.domain.Icp},
 * the {@link com.agencyos.scoring.score.domain.Weights} that {@link com.agencyos.scoring.score.domain.WeightsPolicy}
 * chose and today's date, and gets back a {@link com.agencyos.scoring.score.domain.ScoreBreakdown}.
 *
 * <h2>The formula</h2>
 * <ul>
 *   <li>Data quality, max 20: email verified by a provider 8; a phone number 6; a LinkedIn URL 4; the email is
 *       a named person's mailbox, not a role address 2.</li>
 *   <li>Authority, max 25, from the job title: owner, founder, co-founder, CEO, chief executive, managing
 *       director, president 25; any other chief … officer, CFO, COO, CTO, CMO, CRO, CIO, CPO 22; VP, vice
 *       president, SVP, EVP 18; director, head of 15; manager, general manager 10; assistant manager,
 *       associate manager, team lead, supervisor 7; otherwise 0. An assistant to someone scores 0.</li>
 *   <li>Company fit, max 25: industry in the ICP 10; employee count within the ICP size range 5; country among
 *       the ICP locations 5; web presence up to 5 = domain rank (0–150: 0, 151–500: 1, 501+: 2) + organic
 *       traffic (0–200: 0, 201–1000: 1, 1001+: 2) + any top-10 keywords 1.</li>
 *   <li>Timing, max 15: in the current role under 6 months 6; company hiring 5; funded in the last 12
 *       months 4.</li>
 *   <li>Risk, max 15: 15 minus deductions, never below 0: bounced before 15; competitor domain 10; bad title
 *       (intern, student, trainee, graduate, retired, unemployed, volunteer) 5; no web presence 5; organic
 *       traffic 0: 3; spam score above 50: 3.</li>
 *   <li>Score = round(100 × Σ weight × points / max), half up. With {@code Weights.DEFAULT}
 *       (0.20, 0.25, 0.25, 0.15, 0.15) each weight is its component's share of the 100 points, so the score is
 *       the plain sum of the points. Tiers: hot 85–100, warm 60–84, cool 35–59, cold 20–34, dead 0–19.</li>
 * </ul>
 *
 * <h2>Choices where the issue is silent</h2>
 * <ul>
 *   <li><b>Unknown data.</b> {@code null}, and blank text, mean unknown: no points and no deduction.
 *       {@code emailVerified = FALSE} earns nothing, like unknown. A phone or LinkedIn URL counts when it is not
 *       blank; checking its format is enrichment's job.</li>
 *   <li><b>Role addresses.</b> The local part, lower-cased and without a {@code +tag}, must equal one of the
 *       listed words ({@code info+au@} is a role address, {@code info.au@} and {@code jane.sales@} are not).
 *       Text that is not an address ({@code no @}, nothing before or after it) is not a named mailbox.</li>
 *   <li><b>Titles.</b> Words are runs of letters and digits, so "Co-Founder" is "co founder" and
 *       "Vice-President" is "vice president". Reading left to right, the longest phrase starting at each word
 *       is taken and its words consumed: "vice president" consumes "president", "assistant manager" and
 *       "associate manager" consume "manager", "managing director" consumes "director"; the highest level read
 *       wins ("Co-Founder &amp; CEO" 25). "chief … officer" needs one to three words between
 *       ("Chief Information Security Officer" 22, "Chief of Staff" 0); "Chief Executive Officer" is 25.
 *       The C-level abbreviations are exactly the seven listed; others (CISO, CHRO) score only when spelled
 *       out. "team leader" counts as team lead. "Product Owner" is a Scrum role and is not read as an owner.
 *       An assistant to someone is a title containing "assistant to", "assistant of", "executive assistant",
 *       "personal assistant", "EA to" or "PA to"; "Assistant Manager" and "Assistant Director" are not
 *       assistants to someone and keep their level. Bad-title words are whole words ("International" is not
 *       "intern"); they cost risk points but do not change authority ("Graduate Manager" is still 10).</li>
 *   <li><b>Industry</b> matches an ICP industry by equality ignoring case and surrounding or repeated spaces.
 *       A tenant with no ICP industries gives no lead the industry points.</li>
 *   <li><b>Locations.</b> An ICP with no locations uses [Australia]. A location and a lead's country match
 *       when both read as the same ISO 3166 country (English name, alpha-2 or alpha-3 code, UK, USA,
 *       ignoring case and dots), otherwise when their text is equal ignoring case.</li>
 *   <li><b>Size.</b> {@code sizeMin}/{@code sizeMax} default to 5/50, both inclusive; min above max is
 *       rejected.</li>
 *   <li><b>Dates.</b> "Under 6 months" means the start date is after {@code today.minusMonths(6)}
 *       ({@link java.time.LocalDate#minusMonths} clamps to the month's last day, so on 31 August the cut is
 *       28 or 29 February); a start exactly 6 months ago earns 0. Funding likewise: after
 *       {@code today.minusMonths(12)} earns 4, exactly 12 months ago 0. Dates after today count as recent
 *       (a role about to start is a timing signal); the scorer never reads the system clock.</li>
 *   <li><b>Web presence.</b> Rank and traffic bands as written; a negative value earns 0 and deducts nothing.
 *       "No web presence" deducts 5 once even when rank is 0 and the site is unreachable.</li>
 *   <li><b>Competitors.</b> The company domain is reduced to its host (no scheme, path, port or
 *       {@code www.}) and matches a competitor when equal or a subdomain of it. Only the company domain is
 *       compared, not the email's domain.</li>
 *   <li><b>Rounding.</b> The weighted sum is computed exactly in decimal (each weight as written, e.g. 0.15),
 *       so a true .5 always rounds up. Weights may sum to 1 within 1e-9; the score is clamped to 0–100.</li>
 *   <li><b>Reasons.</b> One reason per rule that changed points, plus the authority verdict always and a
 *       "risk starts at 15" reason; deductions are negative and a floored risk adds a "does not go below 0"
 *       reason, so for every component its reasons' points add up to its points. Reasons quote the title,
 *       industry, country and company domain but never the email address.</li>
 *   <li><b>Weights fallback.</b> Thresholds are strict for confidence (exactly 0.7, 0.6 or 0.5 is not
 *       enough) and inclusive for conversions (50 is enough, 49 is not). Manual weights win whenever
 *       present.</li>
 * </ul>
 */
package com.agencyos.scoring.score.domain;
