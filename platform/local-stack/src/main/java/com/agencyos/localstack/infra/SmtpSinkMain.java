package com.agencyos.localstack.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMTP sink for outreach-service: {@code SmtpSinkMain <smtp port> <http port>}. Accepts mail for any
 * recipient and never delivers it; {@code GET /messages} lists what arrived ({@code ?bodies=false}: without the
 * bodies, for runs that send thousands), {@code DELETE /messages} empties the list, {@code GET /health} counts them.
 */
public final class SmtpSinkMain {

    static final List<String> HEADERS_OF_INTEREST = List.of("Message-ID", "In-Reply-To", "References",
            "List-Unsubscribe", "List-Unsubscribe-Post", "Reply-To", "X-AgencyOS-Touch-Id");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SmtpSinkMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int smtpPort = Integer.parseInt(args[0]);
        int httpPort = Integer.parseInt(args[1]);
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();

        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        http.setExecutor(Executors.newFixedThreadPool(2));
        http.createContext("/messages", exchange -> {
            try (exchange) {
                switch (exchange.getRequestMethod()) {
                    case "GET" -> send(exchange, 200, JSON.writeValueAsBytes(describe(greenMail.getReceivedMessages(),
                            !"bodies=false".equals(exchange.getRequestURI().getQuery()))));
                    case "DELETE" -> {
                        greenMail.purgeEmailFromAllMailboxes();
                        send(exchange, 204, new byte[0]);
                    }
                    default -> send(exchange, 405, new byte[0]);
                }
            } catch (Exception e) {
                send(exchange, 500, ("{\"error\":" + JSON.writeValueAsString(String.valueOf(e.getMessage())) + "}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        // A cheap probe for the launcher: listing every message to see whether the sink lives gets slow past thousands.
        http.createContext("/health", exchange -> {
            try (exchange) {
                send(exchange, 200, ("{\"messages\":" + greenMail.getReceivedMessages().length + "}").getBytes(StandardCharsets.UTF_8));
            }
        });
        http.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            greenMail.stop();
            stopped.countDown();
        }, "smtp-stop"));
        System.out.println("smtp sink ready: SMTP on " + smtpPort + ", http://localhost:" + httpPort + "/messages");
        stopped.await();
    }

    static List<Map<String, Object>> describe(MimeMessage[] messages, boolean bodies) throws MessagingException {
        List<Map<String, Object>> described = new ArrayList<>();
        for (MimeMessage message : messages) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("from", addresses(message.getFrom()));
            item.put("to", addresses(message.getRecipients(Message.RecipientType.TO)));
            item.put("cc", addresses(message.getRecipients(Message.RecipientType.CC)));
            item.put("subject", message.getSubject());
            item.put("messageId", message.getMessageID());
            item.put("date", message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : HEADERS_OF_INTEREST) {
                String value = message.getHeader(name, ", ");
                if (value != null) {
                    headers.put(name, value);
                }
            }
            item.put("headers", headers);
            if (bodies) {
                item.put("body", GreenMailUtil.getBody(message));
            }
            described.add(item);
        }
        return described;
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                list.add(address.toString());
            }
        }
        return list;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : body.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
