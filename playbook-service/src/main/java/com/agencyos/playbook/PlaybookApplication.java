package com.agencyos.playbook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlaybookApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlaybookApplication.class, args);
    }
}
