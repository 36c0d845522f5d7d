package com.agencyos.localstack;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Output helpers: glyphs that fall back to ASCII when the terminal is not UTF-8. */
public final class Console {

    private final PrintStream out;
    private final boolean unicode;

    public Console(PrintStream out) {
        this.out = out;
        this.unicode = out.charset().equals(StandardCharsets.UTF_8);
    }

    public PrintStream out() {
        return out;
    }

    public String tick() {
        return unicode ? "✓" : "+";
    }

    public String cross() {
        return unicode ? "✗" : "x";
    }

    public String ellipsis() {
        return unicode ? "…" : ".";
    }

    public synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    public synchronized void line(String format, Object... args) {
        out.println(String.format(format, args));
        out.flush();
    }
}
