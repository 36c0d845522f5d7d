package com.agencyos.outreach.enrollment.domain;

import java.util.UUID;

/**
 * What keeps an enrolment's emails one thread: the resource it goes out through (a lead keeps its mailbox), the
 * first email's subject and the Message-IDs to answer.
 */
public record EnrollmentThread(UUID resourceId, String firstMessageId, String lastMessageId, String subject) {

    public static final EnrollmentThread NONE = new EnrollmentThread(null, null, null, null);

    public EnrollmentThread after(UUID resource, String messageId, String firstSubject) {
        return new EnrollmentThread(resource, firstMessageId == null ? messageId : firstMessageId, messageId,
                subject == null ? firstSubject : subject);
    }
}
