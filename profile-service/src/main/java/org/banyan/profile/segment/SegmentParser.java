package org.banyan.profile.segment;

import org.banyan.profile.catalog.ExpressionError;
import org.banyan.profile.catalog.ValueType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The segment language, written by hand by analysts: a SQL-WHERE-like boolean expression over tags.
 *
 * <pre>
 * expr      := and (OR and)*
 * and       := unary (AND unary)*
 * unary     := NOT unary | '(' expr ')' | predicate
 * predicate := tag [ op literal | [NOT] IN '(' literal, ... ')' | [NOT] BETWEEN literal AND literal
 *                  | EXISTS | IS [NOT] NULL ]          (a tag alone means tag = true)
 * op        := = | != | &lt;&gt; | &lt; | &lt;= | &gt; | &gt;=
 * literal   := number | 'text' | TRUE | FALSE | DATE 'yyyy-mm-dd'
 * </pre>
 *
 * Keywords are case-insensitive. Why a small parser of our own rather than an expression library:
 * segments compile to SQL, so the language is exactly the subset of a WHERE clause we support, and
 * every error can name its position; a general-purpose language would admit constructs we must
 * reject anyway. Custom tags, which need arithmetic, use SpEL (see TagExpression).
 */
final class SegmentParser {

    static final int MAX_LENGTH = 10_000;

    private final List<Token> tokens;
    private final Function<String, ValueType> types;
    private int next;

    private SegmentParser(String text, Function<String, ValueType> types) {
        this.tokens = tokenize(text);
        this.types = types;
    }

    /** Parses and type checks; {@code types} gives the type of each active tag (null: unknown). */
    static Condition parse(String text, Function<String, ValueType> types) {
        if (text == null || text.isBlank()) {
            throw error(0, "The segment expression is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw error(MAX_LENGTH, "The segment expression is longer than " + MAX_LENGTH + " characters");
        }
        SegmentParser parser = new SegmentParser(text, types);
        Condition condition = parser.or();
        Token rest = parser.peek();
        if (rest.kind != Kind.END) {
            throw error(rest.position, "Unexpected '" + rest.text + "'");
        }
        return condition;
    }

    private Condition or() {
        List<Condition> any = new ArrayList<>(List.of(and()));
        while (keyword("OR")) {
            any.add(and());
        }
        return any.size() == 1 ? any.getFirst() : new Condition.Or(any);
    }

    private Condition and() {
        List<Condition> all = new ArrayList<>(List.of(unary()));
        while (keyword("AND")) {
            all.add(unary());
        }
        return all.size() == 1 ? all.getFirst() : new Condition.And(all);
    }

    private Condition unary() {
        if (keyword("NOT")) {
            return new Condition.Not(unary());
        }
        if (symbol("(")) {
            Condition inner = or();
            expectSymbol(")");
            return inner;
        }
        return predicate();
    }

    private Condition predicate() {
        Token tag = take();
        if (tag.kind != Kind.WORD || isKeyword(tag.text)) {
            throw error(tag.position, tag.kind == Kind.END ? "A condition is missing at the end"
                    : "Expected a tag code but found '" + tag.text + "'");
        }
        String code = tag.text;
        ValueType type = types.apply(code);
        if (type == null) {
            throw error(tag.position, "Unknown tag '" + code + "'");
        }
        Condition condition = condition(code);
        try {
            return condition instanceof Condition.Not not ? new Condition.Not(Typing.check(not.condition(), type))
                    : Typing.check(condition, type);
        } catch (Typing.Mismatch e) {
            throw error(tag.position, e.getMessage());
        }
    }

    private Condition condition(String code) {
        if (keyword("EXISTS")) {
            return new Condition.Exists(code);
        }
        if (keyword("IS")) {
            boolean not = keyword("NOT");
            expectKeyword("NULL");
            return not ? new Condition.Exists(code) : new Condition.Not(new Condition.Exists(code));
        }
        boolean not = keyword("NOT");
        if (keyword("IN")) {
            Condition in = in(code);
            return not ? new Condition.Not(in) : in;
        }
        if (keyword("BETWEEN")) {
            Object low = literal();
            expectKeyword("AND");
            Condition between = new Condition.Between(code, low, literal());
            return not ? new Condition.Not(between) : between;
        }
        if (not) {
            throw error(peek().position, "Expected IN or BETWEEN after NOT");
        }
        Condition.Op op = operator();
        return op == null ? new Condition.Compare(code, Condition.Op.EQ, Boolean.TRUE)
                : new Condition.Compare(code, op, literal());
    }

    private Condition in(String code) {
        expectSymbol("(");
        List<Object> values = new ArrayList<>(List.of(literal()));
        while (symbol(",")) {
            values.add(literal());
        }
        expectSymbol(")");
        return new Condition.In(code, values);
    }

    private Condition.Op operator() {
        Token t = peek();
        if (t.kind != Kind.SYMBOL) {
            return null;
        }
        Condition.Op op = switch (t.text) {
            case "=", "==" -> Condition.Op.EQ;
            case "!=", "<>" -> Condition.Op.NE;
            case "<" -> Condition.Op.LT;
            case "<=" -> Condition.Op.LE;
            case ">" -> Condition.Op.GT;
            case ">=" -> Condition.Op.GE;
            default -> null;
        };
        if (op != null) {
            next++;
        }
        return op;
    }

    private Object literal() {
        Token t = take();
        switch (t.kind) {
            case NUMBER:
                return new BigDecimal(t.text);
            case STRING:
                return t.text;
            case WORD:
                String word = t.text.toUpperCase(Locale.ROOT);
                if (word.equals("TRUE") || word.equals("FALSE")) {
                    return Boolean.valueOf(word.equals("TRUE"));
                }
                if (word.equals("DATE")) {
                    Token date = take();
                    try {
                        if (date.kind == Kind.STRING) {
                            return LocalDate.parse(date.text);
                        }
                    } catch (DateTimeParseException e) {
                        // reported below
                    }
                    throw error(date.position, "Expected a date as DATE 'yyyy-mm-dd'");
                }
                break;
            default:
                break;
        }
        throw error(t.position, t.kind == Kind.END ? "A value is missing at the end"
                : "Expected a value (number, 'text', TRUE, FALSE or DATE 'yyyy-mm-dd') but found '" + t.text + "'");
    }

    private boolean keyword(String word) {
        Token t = peek();
        if (t.kind == Kind.WORD && t.text.equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    private void expectKeyword(String word) {
        if (!keyword(word)) {
            throw error(peek().position, "Expected " + word + " but found " + describe(peek()));
        }
    }

    private boolean symbol(String symbol) {
        Token t = peek();
        if (t.kind == Kind.SYMBOL && t.text.equals(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private void expectSymbol(String symbol) {
        if (!symbol(symbol)) {
            throw error(peek().position, "Expected '" + symbol + "' but found " + describe(peek()));
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private static String describe(Token t) {
        return t.kind == Kind.END ? "the end" : "'" + t.text + "'";
    }

    private static boolean isKeyword(String word) {
        return List.of("AND", "OR", "NOT", "IN", "BETWEEN", "EXISTS", "IS", "NULL", "TRUE", "FALSE", "DATE")
                .contains(word.toUpperCase(Locale.ROOT));
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int start = i++;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                String number = text.substring(start, i);
                if (!number.matches("-?\\d+(\\.\\d+)?")) {
                    throw error(start, "Malformed number '" + number + "'");
                }
                tokens.add(new Token(Kind.NUMBER, number, start));
            } else if (c == '\'') {
                int start = i++;
                StringBuilder value = new StringBuilder();
                while (true) {
                    if (i >= text.length()) {
                        throw error(start, "Unterminated text literal");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(text.charAt(i++));
                }
                tokens.add(new Token(Kind.STRING, value.toString(), start));
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of("<=", ">=", "!=", "<>", "==").contains(two)) {
                    tokens.add(new Token(Kind.SYMBOL, two, i));
                    i += 2;
                } else if ("=<>(),".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                    i++;
                } else {
                    throw error(i, "Unexpected character '" + c + "'");
                }
            }
        }
        tokens.add(new Token(Kind.END, "", text.length()));
        return tokens;
    }

    static ExpressionError error(int position, String message) {
        return new ExpressionError("expression", position, message);
    }

    private enum Kind { WORD, NUMBER, STRING, SYMBOL, END }

    private record Token(Kind kind, String text, int position) {
    }
}
