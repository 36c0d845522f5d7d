package com.agencyos.localstack.component;

import com.agencyos.localstack.Component;
import com.agencyos.localstack.Http;
import com.agencyos.localstack.ProcessSpec;
import com.agencyos.localstack.StackContext;
import com.agencyos.localstack.infra.SmtpSinkMain;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GreenMail as an SMTP sink, with the received mail listed as JSON. */
public final class SmtpSink implements Component {

    public static final int SMTP_PORT = 3025;
    public static final int HTTP_PORT = 8025;

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Tier tier() {
        return Tier.INFRASTRUCTURE;
    }

    @Override
    public int port() {
        return SMTP_PORT;
    }

    @Override
    public String url() {
        return "smtp://localhost:" + SMTP_PORT + "  http://localhost:" + HTTP_PORT + "/messages";
    }

    @Override
    public String marker() {
        return JavaCommand.marker(name());
    }

    @Override
    public Optional<ProcessSpec> processSpec(StackContext context) {
        var layout = context.layout();
        return Optional.of(new ProcessSpec(
                JavaCommand.infrastructure(layout, name(),
                        // GreenMail keeps every message in memory: the chaos suite's 10,000-lead run sends ~10,000.
                        List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                        SmtpSinkMain.class.getName(), Integer.toString(SMTP_PORT), Integer.toString(HTTP_PORT)),
                Map.of(), layout.home()));
    }

    @Override
    public boolean healthy(StackContext context) {
        return Http.portOpen(SMTP_PORT) && Http.ok(context.http(), "http://localhost:" + HTTP_PORT + "/health");
    }
}
