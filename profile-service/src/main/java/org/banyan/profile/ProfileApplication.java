package org.banyan.profile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Customer-profile tag store: tag catalog, real-time and batch tagging, segments. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class ProfileApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProfileApplication.class, args);
    }
}
