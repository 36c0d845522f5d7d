package com.agencyos.playbook.account.domain;

import com.agencyos.playbook.research.domain.Fact;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.VendorProfile;
import java.util.List;

/**
 * What a researched playbook holds beyond its personas and sequences.
 *
 * @param claims every fact the playbook quotes, with the page it was read on
 * @param researchNotes what research could not do (pages skipped, little text), even when confidence stays high
 */
public record PlaybookInsights(String executiveSummary, boolean lowConfidence, String prospectLanguage,
        List<TalkTrack> talkTracks, List<BattleCard> battleCards, List<Fact> claims, List<String> researchNotes,
        VendorProfile vendor, ProspectProfile prospect) {

    public PlaybookInsights {
        talkTracks = List.copyOf(talkTracks);
        battleCards = List.copyOf(battleCards);
        claims = List.copyOf(claims);
        researchNotes = List.copyOf(researchNotes);
    }

    /** How to open a call with one persona and what to ask; {@code proofPoints} are the vendor's own facts. */
    public record TalkTrack(String personaKey, String opener, List<String> discoveryQuestions, List<Fact> proofPoints) {

        public TalkTrack {
            discoveryQuestions = List.copyOf(discoveryQuestions);
            proofPoints = List.copyOf(proofPoints);
        }
    }

    /** An objection and how to answer it, backed by {@code evidence} from the vendor's site. */
    public record BattleCard(String objection, String answer, List<Fact> evidence) {

        public BattleCard {
            evidence = List.copyOf(evidence);
        }
    }
}
