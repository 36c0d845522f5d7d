package com.agencyos.scoring.score.domain;

final class LearnedConfidence {

    private LearnedConfidence() {
    }

    static void check(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence is 0-1, was " + confidence);
        }
    }
}
