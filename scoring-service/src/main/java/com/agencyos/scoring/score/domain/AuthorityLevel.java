package com.agencyos.scoring.score.domain;

/** How much buying authority a job title signals, with the authority points it earns. */
public enum AuthorityLevel {
    OWNER(25, "owner/CEO level"),
    C_LEVEL(22, "C-level"),
    VICE_PRESIDENT(18, "VP level"),
    DIRECTOR(15, "director level"),
    MANAGER(10, "manager level"),
    TEAM_LEAD(7, "team lead level"),
    ASSISTANT(0, "assistant to someone"),
    NO_SENIORITY(0, "no seniority words"),
    NO_TITLE(0, "no title");

    private final int points;
    private final String description;

    AuthorityLevel(int points, String description) {
        this.points = points;
        this.description = description;
    }

    public int points() {
        return points;
    }

    public String description() {
        return description;
    }
}
