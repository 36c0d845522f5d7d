package com.agencyos.playbook.account.domain;

import java.util.List;

/**
 * A priority persona at the prospect and the sequence written for it.
 *
 * @param key stable key within the playbook, e.g. {@code managing_director}
 * @param title the persona's job title
 * @param pains pain points the sequence speaks to
 * @param sequence exactly {@value #TOUCHES} touches in day order
 */
public record Persona(String key, String title, List<String> pains, List<Touch> sequence) {

    public static final int TOUCHES = 4;

    public Persona {
        pains = List.copyOf(pains);
        sequence = List.copyOf(sequence);
        if (sequence.size() != TOUCHES) {
            throw new IllegalArgumentException("A persona's sequence has " + TOUCHES + " touches, not " + sequence.size());
        }
        for (int i = 1; i < sequence.size(); i++) {
            if (sequence.get(i).day() <= sequence.get(i - 1).day()) {
                throw new IllegalArgumentException("Touches of a sequence are in strictly increasing day order");
            }
        }
    }
}
