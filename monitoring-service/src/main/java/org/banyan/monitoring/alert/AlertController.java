package org.banyan.monitoring.alert;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Alert work for OPS and ANALYST: list, read with history, acknowledge, note, resolve, dismiss. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    record AlertDetail(AlertView alert, List<AlertHistoryEntry> history) {
    }

    record Action(String assignee, String note) {
    }

    @GetMapping
    List<AlertView> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String subject, @RequestParam(defaultValue = "100") int limit) {
        return alerts.list(status, severity, rule, subject, Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{id}")
    AlertDetail get(@PathVariable UUID id) {
        return new AlertDetail(alerts.find(id), alerts.history(id));
    }

    @PostMapping("/{id}/acknowledge")
    AlertView acknowledge(@PathVariable UUID id, @RequestBody(required = false) Action action, Authentication who) {
        Action a = action == null ? new Action(null, null) : action;
        String assignee = a.assignee() == null ? who.getName() : a.assignee();
        return alerts.acknowledge(id, who.getName(), assignee, a.note());
    }

    @PostMapping("/{id}/resolve")
    AlertView resolve(@PathVariable UUID id, @RequestBody(required = false) Action action, Authentication who) {
        return alerts.resolve(id, who.getName(), action == null ? null : action.note());
    }

    @PostMapping("/{id}/dismiss")
    AlertView dismiss(@PathVariable UUID id, @RequestBody(required = false) Action action, Authentication who) {
        return alerts.dismiss(id, who.getName(), action == null ? null : action.note());
    }

    @PostMapping("/{id}/notes")
    AlertView note(@PathVariable UUID id, @RequestBody Action action, Authentication who) {
        return alerts.addNote(id, who.getName(), action.note());
    }
}
