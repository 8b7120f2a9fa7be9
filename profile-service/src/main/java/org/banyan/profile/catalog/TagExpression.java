package org.banyan.profile.catalog;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.Elvis;
import org.springframework.expression.spel.ast.InlineList;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.Literal;
import org.springframework.expression.spel.ast.LongLiteral;
import org.springframework.expression.spel.ast.NullLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpDivide;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpModulus;
import org.springframework.expression.spel.ast.OpMultiply;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.OperatorBetween;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.Ternary;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A custom tag's expression: Spring Expression Language restricted to a safe, cheap subset.
 *
 * <p>Why SpEL: it is already on the classpath, well maintained, and its {@link SimpleEvaluationContext}
 * is built for untrusted input (no type references, constructors, bean references or reflection on
 * arbitrary types). On top of that we accept only an allow-list of AST nodes — tag names, literals,
 * arithmetic, comparisons, {@code and/or/not}, {@code between}, the ternary and Elvis operators — and type
 * check them against the catalog before anything is stored, so a bad expression is a 400 at the
 * position of the fault, never a failure while tagging. Expressions have no loops, method calls or
 * I/O, and are capped in size, so evaluation is linear in their length.
 */
public final class TagExpression {

    public static final int MAX_LENGTH = 1_000;
    public static final int MAX_NODES = 100;
    public static final int MAX_DEPTH = 12;
    /** Scale numbers computed by expressions are rounded to, so equal results compare equal. */
    public static final int NUMBER_SCALE = 4;
    private static final int WORKING_SCALE = 8;

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final String text;
    private final SpelExpression expression;
    private final ValueType resultType;
    private final Set<String> references;

    private TagExpression(String text, SpelExpression expression, ValueType resultType, Set<String> references) {
        this.text = text;
        this.expression = expression;
        this.resultType = resultType;
        this.references = Set.copyOf(references);
    }

    /**
     * Parses and type checks {@code text} against the tags {@code known} resolves.
     *
     * @throws ExpressionError when it is malformed, uses anything outside the safe subset, names an
     *                         unknown tag, mixes types or is too large
     */
    public static TagExpression compile(String text, Function<String, ValueType> known) {
        if (text == null || text.isBlank()) {
            throw new ExpressionError("expression", 0, "The expression is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionError("expression", MAX_LENGTH, "The expression is longer than " + MAX_LENGTH
                    + " characters");
        }
        SpelExpression parsed;
        try {
            parsed = (SpelExpression) PARSER.parseExpression(text);
        } catch (ParseException e) {
            throw new ExpressionError("expression", Math.max(e.getPosition(), 0), "Malformed expression: "
                    + e.getSimpleMessage());
        }
        Checker checker = new Checker(known);
        Type type = checker.check(parsed.getAST(), 1);
        if (checker.nodes > MAX_NODES) {
            throw new ExpressionError("expression", 0, "The expression is too expensive: " + checker.nodes
                    + " operations, at most " + MAX_NODES + " allowed");
        }
        if (type.valueType == null) {
            throw new ExpressionError("expression", 0, "The expression has no type (it is only null)");
        }
        return new TagExpression(text, parsed, type.valueType, checker.references);
    }

    public String text() {
        return text;
    }

    public ValueType resultType() {
        return resultType;
    }

    /** The tags the expression reads. */
    public Set<String> references() {
        return references;
    }

    /**
     * The value for one customer, given all of that customer's tags (absent tags mapped to null).
     * A result that cannot be computed (a missing input in arithmetic, division by zero) is no value.
     */
    public Object evaluate(Map<String, Object> tags) {
        Map<String, Object> inputs = new HashMap<>();
        for (String code : references) {
            inputs.put(code, widen(tags.get(code)));
        }
        EvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor(false))
                .withAssignmentDisabled().withRootObject(inputs).build();
        try {
            return normalise(expression.getValue(context));
        } catch (EvaluationException | ArithmeticException e) {
            return null;
        }
    }

    /** SpEL divides decimals at the larger scale of the operands; a wide scale keeps quotients exact enough. */
    private static Object widen(Object value) {
        return value instanceof BigDecimal number && number.scale() < WORKING_SCALE
                ? number.setScale(WORKING_SCALE) : value;
    }

    private Object normalise(Object value) {
        Object canonical = resultType.canonical(value);
        if (canonical instanceof BigDecimal number) {
            BigDecimal rounded = number.setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        }
        return canonical;
    }

    /** A node's static type; {@code valueType} null means the null literal, which fits any type. */
    private record Type(ValueType valueType) {
        static final Type NULL = new Type(null);
    }

    private static final class Checker {
        private final Function<String, ValueType> known;
        private final Set<String> references = new LinkedHashSet<>();
        private int nodes;

        Checker(Function<String, ValueType> known) {
            this.known = known;
        }

        Type check(SpelNode node, int depth) {
            nodes++;
            if (depth > MAX_DEPTH) {
                throw error(node, "The expression is too deeply nested: more than " + MAX_DEPTH + " levels");
            }
            return switch (node) {
                case PropertyOrFieldReference ref -> tag(ref);
                case IntLiteral l -> number();
                case LongLiteral l -> number();
                case RealLiteral l -> number();
                case StringLiteral l -> new Type(ValueType.CATEGORY);
                case BooleanLiteral l -> new Type(ValueType.BOOLEAN);
                case NullLiteral l -> Type.NULL;
                case OpAnd op -> logical(op, depth);
                case OpOr op -> logical(op, depth);
                case OperatorNot op -> logical(op, depth);
                case OpEQ op -> equality(op, depth);
                case OpNE op -> equality(op, depth);
                case OpLT op -> ordering(op, depth);
                case OpLE op -> ordering(op, depth);
                case OpGT op -> ordering(op, depth);
                case OpGE op -> ordering(op, depth);
                case OpPlus op -> arithmetic(op, depth);
                case OpMinus op -> arithmetic(op, depth);
                case OpMultiply op -> arithmetic(op, depth);
                case OpDivide op -> arithmetic(op, depth);
                case OpModulus op -> arithmetic(op, depth);
                case OperatorBetween op -> between(op, depth);
                case Ternary op -> ternary(op, depth);
                case Elvis op -> same(op, check(op.getChild(0), depth + 1), check(op.getChild(1), depth + 1));
                default -> throw error(node, "'" + node.toStringAST() + "' is not allowed in a tag expression");
            };
        }

        private Type tag(PropertyOrFieldReference ref) {
            String code = ref.getName();
            ValueType type = known.apply(code);
            if (type == null) {
                throw error(ref, "Unknown tag '" + code + "'");
            }
            references.add(code);
            return new Type(type);
        }

        private Type logical(SpelNode op, int depth) {
            for (int i = 0; i < op.getChildCount(); i++) {
                expect(op.getChild(i), check(op.getChild(i), depth + 1), ValueType.BOOLEAN);
            }
            return new Type(ValueType.BOOLEAN);
        }

        private Type equality(SpelNode op, int depth) {
            same(op, check(op.getChild(0), depth + 1), check(op.getChild(1), depth + 1));
            return new Type(ValueType.BOOLEAN);
        }

        private Type ordering(SpelNode op, int depth) {
            Type type = same(op, check(op.getChild(0), depth + 1), check(op.getChild(1), depth + 1));
            if (type.valueType == ValueType.BOOLEAN) {
                throw error(op, "Booleans have no order; compare them with == or !=");
            }
            return new Type(ValueType.BOOLEAN);
        }

        private Type arithmetic(SpelNode op, int depth) {
            for (int i = 0; i < op.getChildCount(); i++) {
                expect(op.getChild(i), check(op.getChild(i), depth + 1), ValueType.NUMBER);
            }
            return number();
        }

        private Type between(OperatorBetween op, int depth) {
            expect(op.getChild(0), check(op.getChild(0), depth + 1), ValueType.NUMBER);
            SpelNode range = op.getChild(1);
            if (!(range instanceof InlineList list) || list.getChildCount() != 2
                    || !(list.getChild(0) instanceof Literal) || !(list.getChild(1) instanceof Literal)) {
                throw error(range, "between needs two numbers, as in: age between {25, 40}");
            }
            expect(list.getChild(0), check(list.getChild(0), depth + 2), ValueType.NUMBER);
            expect(list.getChild(1), check(list.getChild(1), depth + 2), ValueType.NUMBER);
            return new Type(ValueType.BOOLEAN);
        }

        private Type ternary(Ternary op, int depth) {
            expect(op.getChild(0), check(op.getChild(0), depth + 1), ValueType.BOOLEAN);
            return same(op, check(op.getChild(1), depth + 1), check(op.getChild(2), depth + 1));
        }

        private Type same(SpelNode at, Type left, Type right) {
            if (left.valueType == null) {
                return right;
            }
            if (right.valueType != null && left.valueType != right.valueType) {
                throw error(at, "Type mismatch: " + left.valueType + " and " + right.valueType);
            }
            return left;
        }

        private void expect(SpelNode node, Type actual, ValueType expected) {
            if (actual.valueType != expected) {
                throw error(node, "Expected " + expected + " but '" + node.toStringAST() + "' is "
                        + (actual.valueType == null ? "null" : actual.valueType));
            }
        }

        private static Type number() {
            return new Type(ValueType.NUMBER);
        }

        private static ExpressionError error(SpelNode node, String message) {
            return new ExpressionError("expression", node.getStartPosition(), message);
        }
    }
}
