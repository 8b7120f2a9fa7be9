package org.banyan.credit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Credit risk across the loan life: pre-loan decisions, in-loan monitoring, collections, model registry. */
@SpringBootApplication
public class CreditRiskApplication {

    public static void main(String[] args) {
        SpringApplication.run(CreditRiskApplication.class, args);
    }
}
