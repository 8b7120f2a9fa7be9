package org.banyan.monitoring.alert;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Escalates unacknowledged alerts after the configured time and refreshes the open-alert gauges. */
@Component
class AlertMaintenance {

    private final Alerts alerts;
    private final Duration escalateAfter;

    AlertMaintenance(Alerts alerts, @Value("${banyan.monitoring.escalate-after:PT30M}") Duration escalateAfter) {
        this.alerts = alerts;
        this.escalateAfter = escalateAfter;
    }

    @Scheduled(fixedDelayString = "${banyan.monitoring.maintenance-interval:PT30S}",
            initialDelayString = "${banyan.monitoring.maintenance-interval:PT30S}")
    void run() {
        alerts.escalate(escalateAfter);
        alerts.refreshGauges();
    }
}
