package com.agencyos.playbook.account.domain;

import java.util.List;

/**
 * The personas a playbook falls back on when nothing is known about the prospect beyond one lead's job title.
 * Their pains are the ones the role commonly has, not findings about the account.
 */
public enum DefaultPersona {
    managing_director("Managing Director", "growing the business without adding overhead",
            List.of("Growth depends on the owner's own network and time",
                    "Too little time to work on the business rather than in it")),
    head_of_sales("Head of Sales", "a steadier sales pipeline",
            List.of("Pipeline is uneven from month to month",
                    "Sellers spend their time researching instead of selling")),
    head_of_marketing("Marketing Manager", "turning marketing into booked meetings",
            List.of("Leads that sales never follow up",
                    "Hard to show which campaigns produce revenue")),
    head_of_operations("Head of Operations", "taking manual work out of daily operations",
            List.of("Manual work that does not scale with volume",
                    "Processes that live in a few people's heads")),
    head_of_technology("Head of IT", "fewer tools that work better together",
            List.of("Tool sprawl and integrations that break",
                    "Security reviews slow down every new tool")),
    finance_director("Finance Director", "better return on what the business already spends",
            List.of("Costs rise faster than revenue",
                    "Little visibility of the return on spend")),
    head_of_people("HR Manager", "hiring and onboarding without the drag",
            List.of("Hiring takes too long",
                    "New starters take months to become productive"));

    private final String title;
    private final String focus;
    private final List<String> pains;

    DefaultPersona(String title, String focus, List<String> pains) {
        this.title = title;
        this.focus = focus;
        this.pains = pains;
    }

    /** The lead's own function first, then the two roles that most often share the buying decision with it. */
    static List<DefaultPersona> forFamily(TitleFamily family) {
        return switch (family) {
            case executive -> List.of(managing_director, head_of_operations, finance_director);
            case sales -> List.of(head_of_sales, managing_director, head_of_marketing);
            case marketing -> List.of(head_of_marketing, head_of_sales, managing_director);
            case operations -> List.of(head_of_operations, managing_director, finance_director);
            case technology -> List.of(head_of_technology, head_of_operations, managing_director);
            case finance -> List.of(finance_director, managing_director, head_of_operations);
            case people -> List.of(head_of_people, managing_director, head_of_operations);
            case unknown -> List.of(managing_director, head_of_sales, head_of_operations);
        };
    }

    String title() {
        return title;
    }

    String focus() {
        return focus;
    }

    List<String> pains() {
        return pains;
    }

    Persona withSequence() {
        return new Persona(name(), title, pains, List.of(
                new Touch(1, "{{firstName}}, a question about " + focus,
                        "Hi {{firstName}},\n\nTeams like {{companyName}} often tell us: " + lowerFirst(pains.get(0))
                                + ". We help with " + focus + ".\n\nWorth a 15-minute chat next week?\n\n{{senderName}}"),
                new Touch(3, "Re: " + focus,
                        "Hi {{firstName}}, a quick follow-up on my note about " + focus
                                + ". Happy to share how similar teams approach it.\n\n{{senderName}}"),
                new Touch(7, "An idea for {{companyName}}",
                        "{{firstName}}, when " + lowerFirst(pains.get(1))
                                + ", a short outside view can help. Open to a look?\n\n{{senderName}}"),
                new Touch(14, "Close the loop?",
                        "Hi {{firstName}}, I'll leave it here. If " + focus
                                + " becomes a priority at {{companyName}}, reply and I'll send a short case study."
                                + "\n\n{{senderName}}")));
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
