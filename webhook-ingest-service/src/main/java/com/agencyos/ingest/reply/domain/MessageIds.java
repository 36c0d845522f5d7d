package com.agencyos.ingest.reply.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs named by {@code In-Reply-To} and {@code References}. The reply's direct parent ({@code In-Reply-To})
 * comes first, then {@code References} from the newest back, so the touch nearest the reply wins.
 */
public final class MessageIds {

    /** Beyond this a header is a hostile one, not a thread. */
    static final int MAX_IDS = 100;
    private static final Pattern ID = Pattern.compile("<[^<>\\s]{1,998}>");

    private MessageIds() {
    }

    public static List<String> referenced(String inReplyTo, String references) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(all(inReplyTo));
        List<String> thread = all(references);
        for (int i = thread.size() - 1; i >= 0; i--) {
            ids.add(thread.get(i));
        }
        return ids.stream().limit(MAX_IDS).toList();
    }

    private static List<String> all(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher matcher = ID.matcher(header);
        while (matcher.find() && ids.size() < MAX_IDS) {
            ids.add(matcher.group());
        }
        return ids;
    }
}
