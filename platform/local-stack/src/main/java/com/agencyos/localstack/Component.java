package com.agencyos.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One process of the local stack (or, for an external database, one thing the stack depends on). */
public interface Component {

    enum Tier { INFRASTRUCTURE, SERVICE }

    String name();

    Tier tier();

    int port();

    String url();

    /** Text that the component's command line always contains; see {@link ProcessBook#running}. */
    String marker();

    /** Components that must be healthy before this one starts. */
    default List<String> dependsOn() {
        return List.of();
    }

    /** Work done by the launcher before the start, such as unpacking; throws with a message for the user. */
    default void prepare(StackContext context) throws Exception {
    }

    /** Whether the stack only uses this component and never starts a process for it. */
    default boolean external() {
        return false;
    }

    /** The process to start, or empty when the stack does not run this component itself. */
    Optional<ProcessSpec> processSpec(StackContext context);

    /** One quick check; called repeatedly while {@code up} waits. */
    boolean healthy(StackContext context);

    /** What {@code up} prints when the component is slow on purpose (a first start that builds). */
    default Optional<String> slowStartNote(StackContext context) {
        return Optional.empty();
    }

    /** What {@code down} prints when the component is slow to stop on purpose. */
    default Optional<String> slowStopNote(StackContext context) {
        return Optional.empty();
    }

    /** Processes that belong to the component but not to its process tree (a daemonised server). */
    default List<ProcessHandle> companions(StackContext context) {
        return List.of();
    }

    /**
     * Whether a second process of this component can listen on its port beside the first (see {@code restart}), and
     * whether the process {@code pid} is the one answering there now.
     */
    default boolean sharesPort() {
        return false;
    }

    default boolean answersFrom(long pid) {
        return false;
    }

    default Duration stopGrace(StackContext context) {
        return Duration.ofSeconds(20);
    }
}
