package com.agencyos.localstack;

import java.net.http.HttpClient;
import java.time.Duration;

/** What components need to prepare, start and check themselves. */
public record StackContext(StackLayout layout, Settings settings, Secrets secrets, HttpClient http) {

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    }
}
