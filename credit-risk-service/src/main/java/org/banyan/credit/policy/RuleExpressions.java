package org.banyan.credit.policy;

import org.banyan.credit.feature.FeatureCatalogue;
import org.banyan.credit.feature.ProtectedAttributes;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.ast.Assign;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.ConstructorReference;
import org.springframework.expression.spel.ast.FunctionReference;
import org.springframework.expression.spel.ast.Indexer;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.Projection;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.Selection;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.TypeReference;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule expressions in Spring Expression Language, restricted to reading data: evaluated against a map
 * of the application's features with a {@link SimpleEvaluationContext} that has no type references,
 * no constructors, no bean references, no method calls and no assignment. On top of that, an
 * expression is checked before it is stored: it may only name catalogue features and
 * {@code tags['<tag>']}, never a protected attribute, and never use the forms the context would refuse
 * at run time anyway, so a rule is rejected when it is written rather than when it first runs.
 */
final class RuleExpressions {

    static final String TAGS = "tags";

    private final SpelExpressionParser parser = new SpelExpressionParser(
            new SpelParserConfiguration(SpelCompilerMode.OFF, null, false, false, 0, 1_000));
    private final EvaluationContext context = SimpleEvaluationContext
            .forPropertyAccessors(new MapAccessor(false)).withAssignmentDisabled().build();

    /** Parses and checks an expression; the problems are sentences for the API, empty when it is usable. */
    Compiled compile(String expression) {
        List<String> problems = new ArrayList<>();
        Expression parsed = null;
        try {
            parsed = parser.parseExpression(expression);
        } catch (ParseException e) {
            problems.add("does not parse: " + e.getSimpleMessage());
        }
        if (parsed instanceof SpelExpression spel) {
            check(spel.getAST(), problems);
        }
        return new Compiled(expression, problems.isEmpty() ? parsed : null, problems);
    }

    /** True when the rule fires; an expression that does not yield true or false is an error. */
    boolean fires(Expression expression, Map<String, Object> root) {
        Object value = expression.getValue(context, root);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("yields " + (value == null ? "null" : value.getClass().getSimpleName())
                + ", not true or false");
    }

    /** The evaluation root: every catalogue feature (null when missing) plus the customer's tags. */
    static Map<String, Object> root(Map<String, Object> features, Map<String, Object> tags) {
        Map<String, Object> root = new HashMap<>();
        FeatureCatalogue.entries().keySet().forEach(name -> root.put(name, null));
        root.putAll(features);
        root.put(TAGS, tags);
        return root;
    }

    private void check(SpelNode node, List<String> problems) {
        switch (node) {
            case TypeReference t -> problems.add("type references (T(...)) are not allowed");
            case ConstructorReference c -> problems.add("'new' is not allowed");
            case MethodReference m -> problems.add("method calls are not allowed (" + m.getName() + ")");
            case BeanReference b -> problems.add("bean references are not allowed");
            case VariableReference v -> problems.add("variables (#...) are not allowed");
            case FunctionReference f -> problems.add("functions are not allowed");
            case Assign a -> problems.add("assignment is not allowed");
            case Projection p -> problems.add("projections (.![...]) are not allowed");
            case Selection s -> problems.add("selections (.?[...]) are not allowed");
            case CompoundExpression compound -> checkCompound(compound, problems);
            case Indexer i -> problems.add("indexing is only allowed as tags['<tag>']");
            case PropertyOrFieldReference property -> checkName(property.getName(), problems);
            default -> {
                for (int i = 0; i < node.getChildCount(); i++) {
                    check(node.getChild(i), problems);
                }
            }
        }
    }

    /** {@code tags['name']} is the one compound form allowed: a tag read by a literal name. */
    private void checkCompound(CompoundExpression compound, List<String> problems) {
        boolean tagLookup = compound.getChildCount() == 2
                && compound.getChild(0) instanceof PropertyOrFieldReference first && TAGS.equals(first.getName())
                && compound.getChild(1) instanceof Indexer indexer && indexer.getChildCount() == 1
                && indexer.getChild(0) instanceof StringLiteral;
        if (!tagLookup) {
            int before = problems.size();
            for (int i = 0; i < compound.getChildCount(); i++) {
                check(compound.getChild(i), problems);
            }
            if (problems.size() == before) {
                problems.add("only plain feature names and tags['<tag>'] may be read (found '" + compound.toStringAST() + "')");
            }
            return;
        }
        String tag = String.valueOf(((StringLiteral) compound.getChild(1).getChild(0)).getLiteralValue().getValue());
        if (ProtectedAttributes.isProtected(tag)) {
            problems.add("'" + tag + "' is a protected attribute and cannot be a rule input");
        }
    }

    private void checkName(String name, List<String> problems) {
        if (ProtectedAttributes.isProtected(name)) {
            problems.add("'" + name + "' is a protected attribute and cannot be a rule input");
        } else if (TAGS.equals(name)) {
            problems.add("read a tag as tags['<tag>']");
        } else if (FeatureCatalogue.entry(name).isEmpty()) {
            problems.add("'" + name + "' is not a feature (see the feature catalogue in docs/models.md)");
        }
    }

    record Compiled(String source, Expression expression, List<String> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    static boolean isEvaluationFailure(RuntimeException e) {
        return e instanceof EvaluationException || e instanceof IllegalStateException;
    }
}
