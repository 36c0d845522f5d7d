package com.agencyos.playbook.account.domain;

/** Who wrote a playbook: the built-in templates and rules, or a language model. */
public enum Generator {
    builtin, llm
}
