package com.agencyos.outreach.enrollment.domain;

/**
 * The built-in follow-ups (steps 2 and later of the built-in sequence): short, in the same thread, nothing invented,
 * and the last one says it is the last.
 */
public final class FollowUpEmail {

    private FollowUpEmail() {
    }

    public static EmailDraft render(ScoredLead lead, int step, int lastStep, String threadSubject) {
        String firstName = FirstEmail.clean(lead.firstName());
        String hello = "Hi " + (firstName == null ? "there" : firstName) + ",";
        String subject = threadSubject == null ? FirstEmail.render(lead).subject() : threadSubject;
        String text = step >= lastStep
                ? "I haven't heard back, so I'll assume the timing isn't right and won't write again. If that changes, just reply."
                : "Following up on my note below in case it got buried. Would a short call make sense?";
        return new EmailDraft(subject.startsWith("Re: ") ? subject : "Re: " + subject, hello + "\n\n" + text);
    }
}
