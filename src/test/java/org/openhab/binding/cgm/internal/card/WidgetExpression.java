/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cgm.internal.card;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A small evaluator of MainUI widget expressions (the text after the leading {@code =}), for the subset of the
 * jsep grammar the dashboard card uses, with the semantics of jse-eval, which MainUI evaluates them with:
 * literals, identifiers looked up in the context (absent ones are {@code undefined}), array literals, member
 * access ({@code a.b}, {@code a[b]}; on {@code undefined} or {@code null} a TypeError), calls with {@code this}
 * bound to the object, the unary {@code ! - +}, the binary operators with jsep's precedence, {@code || &&}
 * short-circuiting and returning an operand, and the conditional operator. Values are JavaScript values:
 * {@link Js#UNDEFINED}, {@link Js#NULL}, {@link Boolean}, {@link Double}, {@link String}, {@link List} (arrays) and
 * {@link Js.Obj} (objects and functions). Anything outside the subset is an {@link IllegalArgumentException}, so a
 * card that starts using more of JavaScript fails its test instead of being evaluated differently from MainUI.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class WidgetExpression {

    private static final Map<String, Integer> BINARY_PRECEDENCE = Map.ofEntries(Map.entry("||", 1), Map.entry("&&", 2),
            Map.entry("==", 6), Map.entry("!=", 6), Map.entry("===", 6), Map.entry("!==", 6), Map.entry("<", 7),
            Map.entry(">", 7), Map.entry("<=", 7), Map.entry(">=", 7), Map.entry("+", 9), Map.entry("-", 9),
            Map.entry("*", 10), Map.entry("/", 10), Map.entry("%", 10));
    private static final List<String> OPERATORS = List.of("===", "!==", "==", "!=", "<=", ">=", "&&", "||", "<", ">",
            "+", "-", "*", "/", "%", "!", "?", ":", "(", ")", "[", "]", ".", ",");

    private final String source;
    private final List<String> tokens = new ArrayList<>();
    private int position;

    private WidgetExpression(String source) {
        this.source = source;
        tokenize();
    }

    /** Parses and evaluates one expression (without its leading '=') against the given context. */
    static Object evaluate(String expression, Js.Obj context) {
        WidgetExpression parser = new WidgetExpression(expression);
        Node node = parser.expression();
        if (parser.position != parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return node.eval(context);
    }

    // ---- tokens: a string token keeps its quote as first character, a number starts with a digit

    private void tokenize() {
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder literal = new StringBuilder().append('\'');
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    char d = source.charAt(j);
                    if (d == '\\') {
                        j++;
                        d = source.charAt(j);
                    }
                    literal.append(d);
                    j++;
                }
                if (j >= source.length()) {
                    throw new IllegalArgumentException("unterminated string in " + source);
                }
                tokens.add(literal.toString());
                i = j + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < source.length() && (Character.isDigit(source.charAt(j)) || source.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(source.substring(i, j));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < source.length() && Character.isJavaIdentifierPart(source.charAt(j))) {
                    j++;
                }
                tokens.add(source.substring(i, j));
                i = j;
            } else {
                final int at = i;
                String op = OPERATORS.stream().filter(o -> source.startsWith(o, at)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "unsupported character '" + source.charAt(at) + "' in " + source));
                tokens.add(op);
                i += op.length();
            }
        }
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private void expect(String token) {
        if (!peek(token)) {
            throw error("expected '" + token + "'");
        }
        position++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at token " + position + " of " + source);
    }

    // ---- parser (jsep's grammar, the subset above)

    private Node expression() {
        Node test = binary(1);
        if (peek("?")) {
            position++;
            Node consequent = expression();
            expect(":");
            Node alternate = expression();
            return context -> Js.truthy(test.eval(context)) ? consequent.eval(context) : alternate.eval(context);
        }
        return test;
    }

    private Node binary(int minPrecedence) {
        Node left = unary();
        while (position < tokens.size()) {
            String op = tokens.get(position);
            Integer precedence = BINARY_PRECEDENCE.get(op);
            if (precedence == null || precedence < minPrecedence) {
                break;
            }
            position++;
            Node l = left;
            Node r = binary(precedence + 1);
            left = combine(op, l, r);
        }
        return left;
    }

    private static Node combine(String op, Node l, Node r) {
        if ("||".equals(op)) {
            return c -> {
                Object v = l.eval(c);
                return Js.truthy(v) ? v : r.eval(c);
            };
        }
        if ("&&".equals(op)) {
            return c -> {
                Object v = l.eval(c);
                return Js.truthy(v) ? r.eval(c) : v;
            };
        }
        return c -> Js.binary(op, l.eval(c), r.eval(c));
    }

    private Node unary() {
        if (peek("!") || peek("-") || peek("+")) {
            String op = tokens.get(position++);
            Node argument = unary();
            return switch (op) {
                case "!" -> c -> !Js.truthy(argument.eval(c));
                case "-" -> c -> -Js.toNumber(argument.eval(c));
                default -> c -> Js.toNumber(argument.eval(c));
            };
        }
        return postfix(primary());
    }

    private Node postfix(Node start) {
        Node node = start;
        while (true) {
            if (peek(".")) {
                position++;
                String name = tokens.get(position++);
                if (!Character.isJavaIdentifierStart(name.charAt(0))) {
                    throw error("expected a property name");
                }
                node = member(node, c -> name);
            } else if (peek("[")) {
                position++;
                Node key = expression();
                expect("]");
                node = member(node, key);
            } else if (peek("(")) {
                position++;
                List<Node> arguments = arguments(")");
                Node callee = node;
                node = c -> {
                    Object[] thisAndFunction = callee instanceof MemberNode m ? m.resolve(c)
                            : new Object[] { Js.UNDEFINED, callee.eval(c) };
                    if (!(thisAndFunction[1] instanceof Js.Fn function)) {
                        throw new IllegalStateException("TypeError: not a function");
                    }
                    List<Object> values = new ArrayList<>();
                    arguments.forEach(a -> values.add(a.eval(c)));
                    return function.call(thisAndFunction[0], values);
                };
            } else {
                return node;
            }
        }
    }

    private MemberNode member(Node object, Node key) {
        return new MemberNode(object, key);
    }

    private List<Node> arguments(String close) {
        List<Node> list = new ArrayList<>();
        while (!peek(close)) {
            list.add(expression());
            if (!peek(close)) {
                expect(",");
            }
        }
        position++;
        return list;
    }

    private Node primary() {
        if (position >= tokens.size()) {
            throw error("unexpected end");
        }
        String token = tokens.get(position++);
        if ("(".equals(token)) {
            Node inner = expression();
            expect(")");
            return inner;
        }
        if ("[".equals(token)) {
            List<Node> elements = arguments("]");
            return c -> {
                List<Object> array = new ArrayList<>();
                elements.forEach(e -> array.add(e.eval(c)));
                return array;
            };
        }
        if (token.charAt(0) == '\'') {
            String value = token.substring(1);
            return c -> value;
        }
        if (Character.isDigit(token.charAt(0))) {
            Double value = Double.valueOf(token);
            return c -> value;
        }
        if (Character.isJavaIdentifierStart(token.charAt(0))) {
            return switch (token) {
                case "true" -> c -> Boolean.TRUE;
                case "false" -> c -> Boolean.FALSE;
                case "null" -> c -> Js.NULL;
                default -> c -> c.get(token);
            };
        }
        throw error("unexpected '" + token + "'");
    }

    @FunctionalInterface
    private interface Node {
        Object eval(Js.Obj context);
    }

    private record MemberNode(Node object, Node key) implements Node {
        Object[] resolve(Js.Obj context) {
            Object target = object.eval(context);
            Object name = key.eval(context);
            return new Object[] { target, Js.member(target, Js.toJsString(name)) };
        }

        @Override
        public Object eval(Js.Obj context) {
            return resolve(context)[1];
        }
    }

    /** JavaScript values and the few built-ins the card calls. */
    static final class Js {
        /** JavaScript's undefined and null. */
        enum Special {
            UNDEFINED,
            NULL;

            @Override
            public String toString() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        private static final Pattern FORBIDDEN_MEMBER = Pattern.compile("^__proto__|prototype|constructor$");

        static final Object UNDEFINED = Special.UNDEFINED;
        static final Object NULL = Special.NULL;

        /** An object: property lookup by name, {@link #UNDEFINED} when absent. */
        @FunctionalInterface
        interface Obj {
            Object get(String name);
        }

        /** A function object (it has no properties of its own here). */
        @FunctionalInterface
        interface Fn extends Obj {
            Object call(Object self, List<Object> arguments);

            @Override
            default Object get(String name) {
                return UNDEFINED;
            }
        }

        private Js() {
        }

        static Obj object(Map<String, ?> properties) {
            return name -> {
                Object value = properties.get(name);
                return value == null ? UNDEFINED : value;
            };
        }

        static Object member(Object target, String name) {
            if (FORBIDDEN_MEMBER.matcher(name).find()) {
                // jse-eval refuses these names
                throw new IllegalStateException("Access to member \"" + name + "\" disallowed.");
            }
            if (target instanceof Special) {
                throw new IllegalStateException("TypeError: cannot read '" + name + "' of " + target);
            }
            if (target instanceof Obj object) {
                return object.get(name);
            }
            if (target instanceof Double number && "toFixed".equals(name)) {
                return (Fn) (self, args) -> new BigDecimal(number)
                        .setScale((int) toNumber(args.get(0)), RoundingMode.HALF_UP).toPlainString();
            }
            if (target instanceof String string) {
                return switch (name) {
                    case "length" -> (double) string.length();
                    case "toLowerCase" -> (Fn) (self, args) -> string.toLowerCase(Locale.ROOT);
                    case "indexOf" -> (Fn) (self, args) -> (double) string.indexOf(toJsString(args.get(0)));
                    default -> throw new IllegalArgumentException("String." + name + " is not modelled");
                };
            }
            if (target instanceof List<?> list) {
                return switch (name) {
                    case "length" -> (double) list.size();
                    case "indexOf" -> (Fn) (self, args) -> {
                        for (int i = 0; i < list.size(); i++) {
                            if (strictEquals(list.get(i), args.get(0))) {
                                return (double) i;
                            }
                        }
                        return -1.0;
                    };
                    default -> throw new IllegalArgumentException("Array." + name + " is not modelled");
                };
            }
            throw new IllegalArgumentException("property '" + name + "' of " + target + " is not modelled");
        }

        /** The globals MainUI puts into every expression's context that the card may use. */
        static Obj math() {
            return name -> switch (name) {
                case "round" -> (Fn) (self, args) -> (double) Math.round(toNumber(args.get(0)));
                case "floor" -> (Fn) (self, args) -> Math.floor(toNumber(args.get(0)));
                default -> throw new IllegalArgumentException("Math." + name + " is not modelled");
            };
        }

        static Obj number() {
            Fn isFinite = (self, args) -> args.get(0) instanceof Double d && Double.isFinite(d);
            return new Fn() {
                @Override
                public Object call(Object self, List<Object> arguments) {
                    return toNumber(arguments.get(0));
                }

                @Override
                public Object get(String name) {
                    return switch (name) {
                        case "isFinite" -> isFinite;
                        case "NaN" -> Double.NaN;
                        default -> throw new IllegalArgumentException("Number." + name + " is not modelled");
                    };
                }
            };
        }

        static boolean truthy(Object value) {
            if (value instanceof Special) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof Double d) {
                return d != 0 && !d.isNaN();
            }
            if (value instanceof String s) {
                return !s.isEmpty();
            }
            return true;
        }

        static double toNumber(Object value) {
            if (value instanceof Double d) {
                return d;
            }
            if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (Special.NULL.equals(value)) {
                return 0;
            }
            if (value instanceof String s) {
                String trimmed = s.trim();
                if (trimmed.isEmpty()) {
                    return 0;
                }
                try {
                    return Double.parseDouble(trimmed);
                } catch (NumberFormatException e) {
                    return "Infinity".equals(trimmed) ? Double.POSITIVE_INFINITY : Double.NaN;
                }
            }
            return Double.NaN;
        }

        static String toJsString(Object value) {
            if (value instanceof Double d) {
                if (d.isNaN()) {
                    return "NaN";
                }
                if (d.isInfinite()) {
                    return d > 0 ? "Infinity" : "-Infinity";
                }
                if (d == Math.rint(d) && Math.abs(d) < 1e21) {
                    return Long.toString(d.longValue());
                }
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            if (value instanceof List<?> list) {
                return String.join(",", list.stream().map(Js::toJsString).toList());
            }
            if (value instanceof Obj) {
                return "[object Object]";
            }
            return String.valueOf(value);
        }

        static boolean strictEquals(Object a, Object b) {
            if (a instanceof Double x && b instanceof Double y) {
                return x.doubleValue() == y.doubleValue();
            }
            return a.equals(b);
        }

        static Object binary(String op, Object left, Object right) {
            switch (op) {
                case "===":
                    return strictEquals(left, right);
                case "!==":
                    return !strictEquals(left, right);
                case "+":
                    if (left instanceof String || right instanceof String || left instanceof List<?>
                            || right instanceof List<?> || left instanceof Obj || right instanceof Obj) {
                        return toJsString(left) + toJsString(right);
                    }
                    return toNumber(left) + toNumber(right);
                case "-":
                    return toNumber(left) - toNumber(right);
                case "*":
                    return toNumber(left) * toNumber(right);
                case "/":
                    return toNumber(left) / toNumber(right);
                case "%":
                    return toNumber(left) % toNumber(right);
                case "<", ">", "<=", ">=":
                    if (left instanceof String l && right instanceof String r) {
                        int order = l.compareTo(r);
                        return "<".equals(op) ? order < 0
                                : ">".equals(op) ? order > 0 : "<=".equals(op) ? order <= 0 : order >= 0;
                    }
                    double l = toNumber(left);
                    double r = toNumber(right);
                    return "<".equals(op) ? l < r : ">".equals(op) ? l > r : "<=".equals(op) ? l <= r : l >= r;
                default:
                    // == and != coerce types; the card keeps to === and !==
                    throw new IllegalArgumentException("operator " + op + " is not modelled");
            }
        }
    }
}
