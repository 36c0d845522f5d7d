package com.agencyos.enrichment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EnrichmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrichmentApplication.class, args);
    }
}
