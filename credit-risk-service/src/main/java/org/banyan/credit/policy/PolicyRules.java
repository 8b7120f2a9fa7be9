package org.banyan.credit.policy;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.FieldError;
import org.banyan.credit.feature.FeatureVector;
import org.banyan.credit.web.InvalidFieldsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.expression.Expression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates the newest policy rule set on an application, and lets ADMIN replace it with a new
 * version. A rule that cannot be evaluated (a type mismatch on unexpected data) refers the
 * application instead of letting it through: the policy fails safe.
 */
@Service
public class PolicyRules {

    private static final Logger log = LoggerFactory.getLogger(PolicyRules.class);

    private final PolicyRepository repository;
    private final RuleExpressions expressions = new RuleExpressions();
    private final AtomicReference<CompiledSet> compiled = new AtomicReference<>();
    private final long refreshNanos;

    PolicyRules(PolicyRepository repository,
            @org.springframework.beans.factory.annotation.Value("${banyan.credit.rules.refresh:PT1S}") java.time.Duration refresh) {
        this.repository = repository;
        this.refreshNanos = refresh.toNanos();
    }

    public RuleOutcome evaluate(FeatureVector features) {
        CompiledSet set = current();
        Map<String, Object> root = RuleExpressions.root(features.values(), features.tags());
        List<RuleHit> hits = new ArrayList<>();
        for (CompiledRule rule : set.rules()) {
            try {
                if (expressions.fires(rule.expression(), root)) {
                    Rule r = rule.rule();
                    hits.add(new RuleHit(r.code(), r.action(), r.reasonCode(), r.reasonText(), false));
                }
            } catch (RuntimeException e) {
                if (!RuleExpressions.isEvaluationFailure(e)) {
                    throw e;
                }
                log.warn("Rule {} of rule set {} could not be evaluated: {}", rule.rule().code(), set.version(), e.getMessage());
                hits.add(new RuleHit(rule.rule().code(), RuleAction.REFER, "P99",
                        "The application needs a manual check", true));
            }
        }
        return new RuleOutcome(set.version(), hits);
    }

    public boolean blocked(String customerId) {
        return repository.blocked(customerId);
    }

    RuleSet currentSet() {
        return repository.find(repository.currentVersion()).orElseThrow(() -> BanyanException.notFound("Rule set", "current"));
    }

    RuleSet version(int version) {
        return repository.find(version).orElseThrow(() -> BanyanException.notFound("Rule set", version));
    }

    List<RuleSet> versions() {
        return repository.versions();
    }

    /** Stores {@code rules} as the next version, if {@code basedOnVersion} is still the newest one. */
    @Transactional
    RuleSet replace(int basedOnVersion, List<Rule> rules, String comment, String by) {
        requireValid(rules);
        repository.lock();
        int current = repository.currentVersion();
        if (basedOnVersion != current) {
            throw BanyanException.conflict("Rule set " + current + " replaced version " + basedOnVersion
                    + " meanwhile; start again from the current rules");
        }
        repository.insert(current + 1, by, comment, rules);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        compiled.set(null);
                    }
                });
        return repository.find(current + 1).orElseThrow();
    }

    void block(String customerId, String reason, String by) {
        repository.block(customerId, reason, by);
    }

    void unblock(String customerId) {
        if (!repository.unblock(customerId)) {
            throw BanyanException.notFound("Blocked customer", customerId);
        }
    }

    private void requireValid(List<Rule> rules) {
        List<FieldError> errors = problems(rules);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("Rules are not valid", errors);
        }
    }

    /** Duplicate codes and unusable expressions, by field; rules or fields that could not be read are skipped. */
    List<FieldError> problems(List<Rule> rules) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; rules != null && i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule == null) {
                continue;
            }
            if (rule.code() != null && !codes.add(rule.code())) {
                errors.add(new FieldError("rules[" + i + "].code", "appears twice", rule.code()));
            }
            if (rule.expression() != null && !rule.expression().isBlank() && rule.expression().length() <= 500) {
                for (String problem : expressions.compile(rule.expression()).problems()) {
                    errors.add(new FieldError("rules[" + i + "].expression", problem, rule.expression()));
                }
            }
        }
        return errors;
    }

    /**
     * The compiled newest rule set, compiled once per version. The version is checked at most every
     * {@code banyan.credit.rules.refresh} (and at once after an edit on this instance), so an edit made
     * on another instance applies there within that time.
     */
    private CompiledSet current() {
        CompiledSet set = compiled.get();
        long now = System.nanoTime();
        if (set != null && now - set.checkedAt() < refreshNanos) {
            return set;
        }
        int version = repository.currentVersion();
        if (set != null && set.version() == version) {
            compiled.set(new CompiledSet(version, set.rules(), now));
            return set;
        }
        RuleSet rules = repository.find(version).orElse(new RuleSet(0, "none", null, null, List.of()));
        List<CompiledRule> compiledRules = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            RuleExpressions.Compiled c = expressions.compile(rule.expression());
            if (!c.valid()) {
                throw new IllegalStateException("Stored rule " + rule.code() + " is invalid: " + c.problems());
            }
            compiledRules.add(new CompiledRule(rule, c.expression()));
        }
        CompiledSet fresh = new CompiledSet(version, compiledRules, now);
        compiled.set(fresh);
        return fresh;
    }

    private record CompiledSet(int version, List<CompiledRule> rules, long checkedAt) {
    }

    private record CompiledRule(Rule rule, Expression expression) {
    }
}
