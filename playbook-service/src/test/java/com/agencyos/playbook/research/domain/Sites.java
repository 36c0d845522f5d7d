package com.agencyos.playbook.research.domain;

import java.util.List;

/** Pages of made-up sites, as the HTML reader would give them. */
public final class Sites {

    private Sites() {
    }

    public static List<Page> aSaasVendor() {
        return List.of(
                new Page("https://acme.test/", "Acme Dispatch | Job scheduling software", "Acme Dispatch is job scheduling"
                        + " software that helps trade businesses book, route and invoice field work.", "en",
                        List.of("Schedule every job from one app"),
                        List.of("Acme Dispatch helps trade businesses automate scheduling so office staff spend less time on the phone.",
                                "Unlike generic calendars, Acme Dispatch routes each technician by skill and location."),
                        List.of("https://acme.test/pricing", "https://acme.test/customers")),
                new Page("https://acme.test/pricing", "Pricing", "", "en", List.of("Pricing"),
                        List.of("Plans start at $49 per user per month, billed annually.",
                                "Every plan includes a 14-day free trial with no credit card required."), List.of()),
                new Page("https://acme.test/customers", "Customers", "", "en", List.of("Customer stories"),
                        List.of("Over 1,200 trade businesses run their jobs on Acme Dispatch.",
                                "Southern Electrical reduced unpaid invoices by 35% after moving to Acme Dispatch."), List.of()),
                new Page("https://acme.test/product", "Product", "", "en", List.of("Scheduling"),
                        List.of("The scheduling board automatically assigns jobs to the nearest qualified technician in seconds.",
                                "Invoices are created from completed job cards and synced to Xero the same day."), List.of()));
    }

    public static List<Page> aProspect() {
        return List.of(
                new Page("https://bright.test/", "Bright Plumbing Supplies | Plumbing supplies for trade professionals",
                        "Bright Plumbing Supplies sells pipes and fittings to licensed plumbers across Queensland.", "en",
                        List.of("Plumbing supplies for trade professionals"),
                        List.of("We stock more than 8,000 plumbing products across our six Queensland branches."), List.of()),
                new Page("https://bright.test/about", "About", "", "en", List.of("About"),
                        List.of("Today our team of 140 staff serves more than 3,000 plumbing businesses.",
                                "Trade account holders order online through our Shopify store and pay on 30-day terms."), List.of()),
                new Page("https://bright.test/careers", "Careers", "", "en", List.of("Careers"),
                        List.of("We are hiring delivery drivers and trade counter staff for our Gold Coast branch."), List.of()));
    }

    public static List<Page> aOnePageSite() {
        return List.of(new Page("https://smith.test/", "Smith Carpentry", "", "en", List.of("Smith Carpentry"),
                List.of("Custom kitchens and decks built by hand in Hobart."), List.of()));
    }

    public static List<Page> aGermanSite() {
        return List.of(new Page("https://mueller.test/", "Müller Haustechnik", "", "de", List.of("Sanitär und Heizung"),
                List.of("Wir sind seit 1987 ein Familienbetrieb mit 25 Mitarbeitern in München.",
                        "Unsere Techniker sind für Sie an sieben Tagen in der Woche im Einsatz und wir kommen auch am Wochenende."),
                List.of()));
    }
}
