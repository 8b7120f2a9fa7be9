package org.banyan.monitoring.rule;

import org.banyan.common.error.BanyanException;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules' safe expression language: SpEL evaluated in a read-only {@link SimpleEvaluationContext}
 * (no type references, constructors, bean references or assignment), with the event's facts as
 * variables. A condition that does not parse is refused with the position of the error.
 */
@Component
class RuleExpressions {

    private static final int MAX_LENGTH = 2000;

    private final SpelExpressionParser parser = new SpelExpressionParser(new SpelParserConfiguration(false, false,
            MAX_LENGTH));
    private final Map<String, Expression> cache = new ConcurrentHashMap<>();

    /** Parses {@code condition}, refusing it with the error position when it does not parse. */
    Expression parse(String condition) {
        if (condition == null || condition.isBlank()) {
            throw BanyanException.invalid("condition must not be blank");
        }
        if (condition.length() > MAX_LENGTH) {
            throw BanyanException.invalid("condition is longer than " + MAX_LENGTH + " characters");
        }
        try {
            return parser.parseExpression(condition);
        } catch (ParseException e) {
            throw BanyanException.invalid("condition does not parse at position " + e.getPosition() + ": "
                    + e.getSimpleMessage());
        }
    }

    /** Whether {@code condition} holds for {@code facts}; an expression that fails at run time does not hold. */
    boolean holds(String condition, Map<String, Object> facts) {
        Object value = evaluate(condition, facts);
        return Boolean.TRUE.equals(value);
    }

    Object evaluate(String condition, Map<String, Object> facts) {
        Expression expression = cache.computeIfAbsent(condition, this::parse);
        SimpleEvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        facts.forEach(context::setVariable);
        try {
            return expression.getValue(context);
        } catch (EvaluationException e) {
            return null;
        }
    }
}
