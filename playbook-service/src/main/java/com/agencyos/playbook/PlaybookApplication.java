package com.agencyos.playbook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlaybookApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlaybookApplication.class, args);
    }
}
