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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.cgm.internal.card.WidgetExpression.Js;
import org.yaml.snakeyaml.Yaml;

/**
 * The dashboard card {@code doc/glucose-card.yaml} in every state it can meet: its expressions evaluated as MainUI
 * evaluates them ({@link WidgetExpression}), against item states as openHAB's state event stream delivers them
 * (state, type, numericState, unit, displayState) and MainUI's item store answers for an item it does not know
 * (state and type {@code -}), with the props as MainUI passes them (parameter defaults applied, the rest absent).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class GlucoseCardTest {

    private static final String NEUTRAL = "8px solid #9e9e9e";
    private static final List<String> OPTIONAL_PROPS = List.of("title", "unit", "mmolItem", "trendItem", "rangeItem",
            "colorItem", "ageItem", "staleItem");
    private static final Map<String, String> ANNA = Map.of("title", "Anna", "glucoseItem", "Anna_Glucose", "mmolItem",
            "Anna_Glucose_Mmol", "trendItem", "Anna_Trend", "rangeItem", "Anna_Range", "colorItem", "Anna_Colour",
            "lowItem", "Anna_Sensor_Low", "highItem", "Anna_Sensor_High", "ageItem", "Anna_Reading_Age", "staleItem",
            "Anna_Stale");
    private static final List<String> ITEMS = List.of("Anna_Glucose", "Anna_Glucose_Mmol", "Anna_Trend", "Anna_Range",
            "Anna_Colour", "Anna_Sensor_Low", "Anna_Sensor_High", "Anna_Reading_Age", "Anna_Stale");

    private static Map<String, Object> widget = Map.of();

    @BeforeAll
    static void loadCard() throws IOException {
        widget = new Yaml().load(Files.readString(Path.of("doc/glucose-card.yaml"), StandardCharsets.UTF_8));
    }

    // ---- item states as the SSE state stream sends them

    private static Map<String, Object> mgdl(double value) {
        return Map.of("state", String.format(Locale.ROOT, "%.0f mg/dl", value), "type", "Quantity", "numericState",
                value, "unit", "mg/dl");
    }

    private static Map<String, Object> mmol(double value) {
        String state = String.format(Locale.ROOT, "%.1f", value);
        return Map.of("state", state, "type", "Decimal", "numericState", value, "displayState", state + " mmol/L");
    }

    private static Map<String, Object> minutes(double value) {
        return Map.of("state", String.format(Locale.ROOT, "%.0f min", value), "type", "Quantity", "numericState", value,
                "unit", "min");
    }

    private static Map<String, Object> text(String value) {
        return Map.of("state", value, "type", "String");
    }

    private static Map<String, Object> onOff(boolean on) {
        return Map.of("state", on ? "ON" : "OFF", "type", "OnOff");
    }

    private static Map<String, Object> undef(String state) {
        return Map.of("state", state, "type", "UnDef");
    }

    private static Map<String, Map<String, Object>> inRange() {
        return reading(112, 6.2, "Flat", "IN_RANGE", "GREEN", 3);
    }

    private static Map<String, Map<String, Object>> reading(double mgdl, double mmol, String trend, String range,
            String colour, double ageMinutes) {
        Map<String, Map<String, Object>> items = new HashMap<>();
        items.put("Anna_Glucose", mgdl(mgdl));
        items.put("Anna_Glucose_Mmol", mmol(mmol));
        items.put("Anna_Trend", text(trend));
        items.put("Anna_Range", text(range));
        items.put("Anna_Colour", text(colour));
        items.put("Anna_Sensor_Low", onOff(false));
        items.put("Anna_Sensor_High", onOff(false));
        items.put("Anna_Reading_Age", minutes(ageMinutes));
        items.put("Anna_Stale", onOff(false));
        return items;
    }

    private static Map<String, Map<String, Object>> all(String state) {
        Map<String, Map<String, Object>> items = new HashMap<>();
        ITEMS.forEach(name -> items.put(name, undef(state)));
        return items;
    }

    /** What the binding sends once a reading is stale (Keep Stale Values off). */
    private static Map<String, Map<String, Object>> stale() {
        Map<String, Map<String, Object>> items = all("UNDEF");
        items.put("Anna_Reading_Age", minutes(25));
        items.put("Anna_Stale", onOff(true));
        return items;
    }

    // ---- rendering: the visible texts in order, and the card's border

    private record Rendered(List<String> texts, String border, Map<String, Object> figureStyle) {
    }

    private static Rendered render(Map<String, String> props, Map<String, Map<String, Object>> items) {
        Map<String, Object> propValues = new HashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> propsDefinition = (Map<String, Object>) widget.getOrDefault("props", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) propsDefinition.getOrDefault("parameters",
                List.of());
        for (Map<String, Object> parameter : parameters) {
            Object defaultValue = parameter.get("default");
            if (defaultValue != null) {
                propValues.put(String.valueOf(parameter.get("name")), defaultValue);
            }
        }
        propValues.putAll(props);
        Map<String, Object> undefinedItem = Map.of("state", "-", "type", "-");
        Map<String, Object> context = Map.of("props", Js.object(propValues), "items", (Js.Obj) name -> {
            Map<String, Object> item = items.get(name);
            return Js.object(item == null ? undefinedItem : item);
        }, "Math", Js.math(), "Number", Js.number());
        Js.Obj scope = Js.object(context);
        List<String> texts = new ArrayList<>();
        Map<String, Object> figureStyle = new HashMap<>();
        String[] border = { "" };
        walk(widget, scope, texts, border, figureStyle);
        return new Rendered(texts, border[0], figureStyle);
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> component, Js.Obj scope, List<String> texts, String[] border,
            Map<String, Object> figureStyle) {
        Map<String, Object> config = (Map<String, Object>) component.getOrDefault("config", Map.of());
        Object visible = config.containsKey("visible") ? evaluate(config.get("visible"), scope) : Js.UNDEFINED;
        if (Boolean.FALSE.equals(visible) || "false".equals(visible)) {
            return;
        }
        Map<String, Object> evaluated = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            if (!"visible".equals(key)) {
                evaluated.put(key, evaluate(value, scope));
            }
        });
        String type = String.valueOf(component.get("component"));
        Object style = evaluated.getOrDefault("style", Map.of());
        if ("f7-card".equals(type)) {
            texts.add(Js.toJsString(evaluated.getOrDefault("title", Js.UNDEFINED)));
            border[0] = Js.toJsString(((Map<String, Object>) style).getOrDefault("border-left", Js.UNDEFINED));
        } else if ("Label".equals(type) || "f7-chip".equals(type)) {
            texts.add(Js.toJsString(evaluated.getOrDefault("text", Js.UNDEFINED)));
            if (((Map<String, Object>) style).containsKey("font-size") && texts.size() == 2) {
                figureStyle.putAll((Map<String, Object>) style);
            }
        }
        Map<String, Object> slots = (Map<String, Object>) component.getOrDefault("slots", Map.of());
        for (Object child : (List<Object>) slots.getOrDefault("default", List.of())) {
            walk((Map<String, Object>) child, scope, texts, border, figureStyle);
        }
    }

    /** Evaluates a config value as MainUI does: strings starting with '=' are expressions, maps value by value. */
    @SuppressWarnings("unchecked")
    private static Object evaluate(Object value, Js.Obj scope) {
        if (value instanceof String string && string.startsWith("=")) {
            return WidgetExpression.evaluate(string.substring(1), scope);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> result.put(k, evaluate(v, scope)));
            return result;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return value;
    }

    /** Nothing a user could not understand: no raw item state, no JavaScript value, no placeholder. */
    private static void assertReadable(Rendered rendered) {
        for (String text : rendered.texts()) {
            for (String nonsense : List.of("UNDEF", "NULL", "NaN", "undefined", "null", "Infinity", "?", "[object",
                    "Error")) {
                assertFalse(text.contains(nonsense), () -> "'" + text + "' in " + rendered.texts());
            }
            assertFalse(text.isBlank() || "-".equals(text) || "–".equals(text) || text.startsWith("-"),
                    () -> "'" + text + "' in " + rendered.texts());
        }
        assertTrue(rendered.border().matches("8px solid #[0-9a-f]{6}"), rendered.border());
    }

    private static Map<String, String> without(String prop) {
        Map<String, String> props = new HashMap<>(ANNA);
        props.remove(prop);
        return props;
    }

    // ---- the states a user meets

    @Test
    void inRangeWithEveryItem() {
        Rendered card = render(ANNA, inRange());
        assertEquals(List.of("Anna", "112", "mg/dL", "→", "In range", "3 min ago"), card.texts());
        assertEquals("8px solid #2e7d32", card.border());
        assertEquals("#2e7d32", card.figureStyle().get("color"));
        assertEquals("none", card.figureStyle().get("text-decoration"));
    }

    @Test
    void lowAndFalling() {
        Map<String, Map<String, Object>> items = reading(62, 3.4, "SingleDown", "LOW", "RED", 1);
        Rendered card = render(ANNA, items);
        assertEquals(List.of("Anna", "62", "mg/dL", "↓", "Low", "1 min ago"), card.texts());
        assertEquals("8px solid #d32f2f", card.border());
    }

    @Test
    void urgentHighTakesTheRangeOverTheVendorColour() {
        Map<String, Map<String, Object>> items = inRange();
        items.put("Anna_Glucose", mgdl(262));
        items.put("Anna_Trend", text("DoubleUp"));
        items.put("Anna_Range", text("URGENT_HIGH"));
        items.put("Anna_Colour", text("YELLOW"));
        Rendered card = render(ANNA, items);
        assertEquals(List.of("Anna", "262", "mg/dL", "⇈", "Urgent high", "3 min ago"), card.texts());
        assertEquals("8px solid #ef6c00", card.border());
    }

    @Test
    void sensorLoAndHiAreNotShownAsMeasurements() {
        // the binding sends the sensor's limit as glucose while low or high is ON
        Map<String, Map<String, Object>> items = reading(40, 2.2, "SingleDown", "URGENT_LOW", "RED", 2);
        items.put("Anna_Sensor_Low", onOff(true));
        Rendered card = render(ANNA, items);
        assertEquals(List.of("Anna", "LO", "below sensor range", "↓", "Urgent low", "2 min ago"), card.texts());
        assertEquals("8px solid #b71c1c", card.border());
        Map<String, String> props = new HashMap<>(ANNA);
        props.put("unit", "mmol");
        items = reading(400, 22.2, "Flat", "URGENT_HIGH", "ORANGE", 2);
        items.put("Anna_Sensor_High", onOff(true));
        assertEquals(List.of("Anna", "HI", "above sensor range", "→", "Urgent high", "2 min ago"),
                render(props, items).texts());
    }

    @Test
    void staleShowsNoValueAsCurrent() {
        Rendered card = render(ANNA, stale());
        assertEquals(List.of("Anna", "No current reading", "No new reading", "last reading 25 min ago"), card.texts());
        assertEquals(NEUTRAL, card.border());
        assertReadable(card);
    }

    @Test
    void staleWithKeptValuesStrikesTheValueThroughWithoutArrowOrRange() {
        Map<String, Map<String, Object>> items = inRange();
        items.put("Anna_Stale", onOff(true));
        items.put("Anna_Reading_Age", minutes(25));
        Rendered card = render(ANNA, items);
        assertEquals(List.of("Anna", "112", "mg/dL", "No new reading", "last reading 25 min ago"), card.texts());
        assertEquals("line-through", card.figureStyle().get("text-decoration"));
        assertEquals(NEUTRAL, card.border());
    }

    @Test
    void staleWithoutAStaleItemStillSaysTheReadingIsOld() {
        Map<String, Map<String, Object>> items = stale();
        Rendered card = render(without("staleItem"), items);
        assertEquals(List.of("Anna", "No current reading", "last reading 25 min ago"), card.texts());
    }

    @Test
    void noReadingYet() {
        Rendered card = render(ANNA, all("UNDEF"));
        assertEquals(List.of("Anna", "No reading yet"), card.texts());
        assertEquals(NEUTRAL, card.border());
    }

    @Test
    void everyItemNull() {
        Rendered card = render(ANNA, all("NULL"));
        assertEquals(List.of("Anna", "No reading yet"), card.texts());
        assertEquals(NEUTRAL, card.border());
    }

    @Test
    void mmolFromTheMmolItem() {
        Map<String, String> props = new HashMap<>(ANNA);
        props.put("unit", "mmol");
        Rendered card = render(props, inRange());
        assertEquals(List.of("Anna", "6.2", "mmol/L", "→", "In range", "3 min ago"), card.texts());
    }

    @Test
    void mmolComputedWhenNoMmolItemIsGiven() {
        Map<String, String> props = without("mmolItem");
        props.put("unit", "mmol");
        Map<String, Map<String, Object>> items = inRange();
        items.put("Anna_Glucose", mgdl(65));
        assertEquals("3.6", render(props, items).texts().get(1));
        assertEquals("mmol/L", render(props, items).texts().get(2));
    }

    @Test
    void mmolWithEveryItemUndefOrNull() {
        Map<String, String> props = new HashMap<>(ANNA);
        props.put("unit", "mmol");
        assertEquals(List.of("Anna", "No reading yet"), render(props, all("UNDEF")).texts());
        assertEquals(List.of("Anna", "No reading yet"), render(props, all("NULL")).texts());
        assertEquals(List.of("Anna", "No current reading", "No new reading", "last reading 25 min ago"),
                render(props, stale()).texts());
    }

    @Test
    void onlyTheGlucoseItem() {
        Rendered card = render(Map.of("glucoseItem", "Anna_Glucose"), inRange());
        assertEquals(List.of("Glucose", "112", "mg/dL"), card.texts());
        assertEquals(NEUTRAL, card.border());
        assertEquals("inherit", card.figureStyle().get("color"));
    }

    @Test
    void onlyTheGlucoseItemBeforeTheFirstReading() {
        Rendered card = render(Map.of("glucoseItem", "Anna_Glucose"), all("UNDEF"));
        assertEquals(List.of("Glucose", "No reading yet"), card.texts());
        assertEquals(NEUTRAL, card.border());
    }

    @Test
    void noGlucoseItemChosen() {
        assertEquals(List.of("Glucose", "Choose the glucose item"), render(Map.of(), inRange()).texts());
    }

    @Test
    void propsNamingItemsThatDoNotExist() {
        Rendered card = render(ANNA, Map.of());
        assertEquals(List.of("Anna", "Glucose item not found"), card.texts());
        assertEquals(NEUTRAL, card.border());
    }

    @Test
    void glucoseItemWithoutTheUnitMgDlShowsNoWrongFigure() {
        Map<String, Map<String, Object>> items = inRange();
        // a Number:Density item without unit="mg/dl" is kept in the system unit kg/m³: 112 mg/dL is 1.12 kg/m³
        items.put("Anna_Glucose",
                Map.of("state", "1.12 kg/m³", "type", "Quantity", "numericState", 1.12, "unit", "kg/m³"));
        Rendered card = render(ANNA, items);
        assertEquals(List.of("Anna", "Link glucose with unit mg/dl", "last reading 3 min ago"), card.texts());
        assertEquals(NEUTRAL, card.border());
    }

    @Test
    void notANumber() {
        Map<String, Map<String, Object>> items = inRange();
        items.put("Anna_Glucose", Map.of("state", "NaN", "type", "Decimal", "numericState", Double.NaN));
        items.put("Anna_Glucose_Mmol", Map.of("state", "NaN", "type", "Decimal", "numericState", Double.NaN));
        items.put("Anna_Reading_Age", Map.of("state", "NaN", "type", "Decimal", "numericState", Double.NaN));
        Rendered card = render(ANNA, items);
        assertEquals(List.of("Anna", "No reading yet"), card.texts());
        Map<String, String> props = new HashMap<>(ANNA);
        props.put("unit", "mmol");
        assertEquals(List.of("Anna", "No reading yet"), render(props, items).texts());
    }

    @Test
    void ageInWords() {
        Map<String, Map<String, Object>> items = inRange();
        items.put("Anna_Reading_Age", minutes(0.4));
        assertEquals("just now", last(render(ANNA, items)));
        items.put("Anna_Reading_Age", minutes(150));
        assertEquals("2 h ago", last(render(ANNA, items)));
        // a Number:Time item without unit="min" is kept in seconds
        items.put("Anna_Reading_Age", Map.of("state", "180 s", "type", "Quantity", "numericState", 180.0, "unit", "s"));
        assertEquals("3 min ago", last(render(ANNA, items)));
        // any other unit: no age rather than a wrong one
        items.put("Anna_Reading_Age", Map.of("state", "0.05 h", "type", "Quantity", "numericState", 0.05, "unit", "h"));
        assertEquals("In range", last(render(ANNA, items)));
    }

    @Test
    void trendsWithoutADirectionShowNoArrow() {
        for (String trend : List.of("NOT COMPUTABLE", "RATE OUT OF RANGE", "NONE", "UNDEF", "NULL")) {
            Map<String, Map<String, Object>> items = inRange();
            items.put("Anna_Trend", text(trend));
            assertEquals(List.of("Anna", "112", "mg/dL", "In range", "3 min ago"), render(ANNA, items).texts(), trend);
        }
    }

    private static String last(Rendered rendered) {
        return rendered.texts().get(rendered.texts().size() - 1);
    }

    // ---- every prop missing and every item UNDEF, NULL or absent, one at a time and in each unit

    static Stream<String> optionalProps() {
        return OPTIONAL_PROPS.stream();
    }

    @ParameterizedTest
    @MethodSource("optionalProps")
    void eachOptionalPropMissing(String prop) {
        for (Map<String, Map<String, Object>> items : List.of(inRange(), stale(), all("UNDEF"), all("NULL"))) {
            Rendered card = render(without(prop), items);
            assertReadable(card);
            if (items.get("Anna_Stale").get("state").equals("OFF")) {
                assertEquals("112", card.texts().get(1), card.texts()::toString);
            }
        }
    }

    static Stream<String> items() {
        return ITEMS.stream();
    }

    @ParameterizedTest
    @MethodSource("items")
    void eachItemUndefNullOrAbsent(String item) {
        for (String unit : List.of("mgdl", "mmol")) {
            Map<String, String> props = new HashMap<>(ANNA);
            props.put("unit", unit);
            for (String state : List.of("UNDEF", "NULL", "absent")) {
                Map<String, Map<String, Object>> items = inRange();
                if ("absent".equals(state)) {
                    items.remove(item);
                } else {
                    items.put(item, undef(state));
                }
                Rendered card = render(props, items);
                assertReadable(card);
                assertEquals("Anna", card.texts().get(0));
            }
        }
    }

    @Test
    void everyExpressionIsInTheModelledSubset() {
        // hidden components are not evaluated by MainUI; here every '=' value is, in three states
        List<String> expressions = new ArrayList<>();
        collect(widget, expressions);
        assertTrue(expressions.size() >= 15, "expressions found: " + expressions.size());
        for (Map<String, Map<String, Object>> items : List.of(inRange(), stale(), all("UNDEF"))) {
            Js.Obj scope = Js.object(Map.of("props", Js.object(ANNA), "items",
                    (Js.Obj) name -> Js.object(items.getOrDefault(name, Map.of("state", "-", "type", "-"))), "Math",
                    Js.math(), "Number", Js.number()));
            for (String expression : expressions) {
                assertDoesNotThrow(() -> WidgetExpression.evaluate(expression.substring(1), scope), expression);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<String> expressions) {
        if (node instanceof String string && string.startsWith("=")) {
            expressions.add(string);
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (!"props".equals(k)) {
                    collect(v, expressions);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, expressions));
        }
    }

    // ---- the evaluator itself behaves like jse-eval where the card depends on it

    @Test
    void evaluatorFollowsJavaScript() {
        Js.Obj scope = Js.object(Map.of("Math", Js.math(), "Number", Js.number(), "o", Js.object(Map.of("a", 1.5))));
        assertEquals("6.2", WidgetExpression.evaluate("(112 / 18.018).toFixed(1)", scope));
        assertEquals("3 min", WidgetExpression.evaluate("Math.round(2.5) + ' min'", scope));
        assertEquals(Boolean.FALSE, WidgetExpression.evaluate("Number.isFinite(o.b)", scope));
        assertEquals(Boolean.FALSE, WidgetExpression.evaluate("Number.isFinite(Number.NaN)", scope));
        assertEquals(1.5, WidgetExpression.evaluate("o.b || o.a", scope));
        assertEquals(Js.UNDEFINED, WidgetExpression.evaluate("o.a && o.b", scope));
        assertEquals(2.0, WidgetExpression.evaluate("['x', 'y', 'z'].indexOf('z')", scope));
        assertEquals("b", WidgetExpression.evaluate("1 + 2 * 3 === 7 ? 'b' : 'c'", scope));
        assertEquals("c", WidgetExpression.evaluate("!o.a ? 'b' : o.b ? 'x' : 'c'", scope));
        assertEquals(1.0, WidgetExpression.evaluate("7 % 60 - 6", scope));
        assertThrows(IllegalStateException.class, () -> WidgetExpression.evaluate("o.b.c", scope));
        assertThrows(IllegalArgumentException.class, () -> WidgetExpression.evaluate("o.a == 1", scope));
        assertThrows(IllegalStateException.class, () -> WidgetExpression.evaluate("o.constructor", scope));
    }
}
