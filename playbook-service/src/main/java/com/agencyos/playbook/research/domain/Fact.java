package com.agencyos.playbook.research.domain;

/** Something a website says, quoted as written, with the page it was read on so every claim can be traced. */
public record Fact(String text, String sourceUrl) {

    public Fact {
        if (text == null || text.isBlank() || sourceUrl == null || sourceUrl.isBlank()) {
            throw new IllegalArgumentException("A fact needs its text and its source page");
        }
    }
}
