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
package org.openhab.core.library.types;

import static org.eclipse.jdt.annotation.DefaultLocation.*;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Quantity.Scale;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * Compile-only stand-in declaration of the openHAB Core type {@code QuantityType} (not shipped). Like the real one it
 * holds a javax.measure quantity of indriya, so units parse, compare and convert as in openHAB: {@code "94 mg/dl"}
 * equals {@code "0.94 kg/m³"}, {@code "94 mg/dL"} and {@code "5 bananas"} are rejected. openHAB's own unit labels
 * (°dH, ppm, …) are not registered here.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;

    private final Quantity<T> quantity;

    public QuantityType() {
        this(BigDecimal.ZERO, one());
    }

    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    public QuantityType(String value, Locale locale) {
        String text = value.trim();
        int end = numberEnd(text);
        String numberText = text.substring(0, end).toUpperCase(locale);
        String unitText = text.substring(end).trim();
        BigDecimal number = parseNumber(numberText, locale);
        if (number == null) {
            if (unitText.isEmpty()) {
                throw new NumberFormatException("Invalid BigDecimal value: " + value);
            }
            throw new IllegalArgumentException("Invalid Quantity value: " + value);
        }
        Unit<T> unit = unitText.isEmpty() ? one() : parseUnit(unitText, value);
        this.quantity = Quantities.getQuantity(number, unit, Scale.RELATIVE);
    }

    public QuantityType(Number value, Unit<T> unit) {
        BigDecimal number = value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString());
        this.quantity = Quantities.getQuantity(number, unit, Scale.RELATIVE);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Quantity<T>> Unit<T> one() {
        return (Unit<T>) AbstractUnit.ONE;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Quantity<T>> Unit<T> parseUnit(String unitText, String value) {
        try {
            return (Unit<T>) SimpleUnitFormat.getInstance().parse(unitText);
        } catch (MeasurementParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
        }
    }

    private static @Nullable BigDecimal parseNumber(String text, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(text, position);
        if (parsed == null || position.getErrorIndex() != -1 || position.getIndex() < text.length()) {
            return null;
        }
        return (BigDecimal) parsed;
    }

    // end of the leading number: digits, sign, separators, and an exponent if a digit follows it
    private static int numberEnd(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == ',' || ((c == '-' || c == '+') && i == 0)) {
                i++;
            } else if ((c == 'e' || c == 'E') && i > 0 && exponentFollows(s, i + 1)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean exponentFollows(String s, int i) {
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        return i < s.length() && Character.isDigit(s.charAt(i));
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return quantity.toString();
    }

    /** As the real one: equal when the units are compatible and the values equal in the system unit. */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof QuantityType<?> other && getUnit().isCompatible(other.getUnit())
                && compareInSystemUnit(other) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * getUnit().hashCode() + 31 * quantity.getValue().hashCode();
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        if (!getUnit().isCompatible(o.getUnit())) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        return compareInSystemUnit(o);
    }

    private int compareInSystemUnit(QuantityType<?> other) {
        QuantityType<T> mine = toUnit(getUnit().getSystemUnit());
        QuantityType<?> theirs = other.toUnit(other.getUnit().getSystemUnit());
        if (mine == null || theirs == null) {
            throw new IllegalArgumentException("Unable to convert to system unit during compare.");
        }
        return Double.compare(mine.doubleValue(), theirs.doubleValue());
    }

    public Unit<T> getUnit() {
        return quantity.getUnit();
    }

    public Dimension getDimension() {
        return getUnit().getDimension();
    }

    /** The same amount in another unit, or null when the units are not convertible. */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            Number converted = getUnit().getConverterToAny(targetUnit).convert(quantity.getValue());
            return new QuantityType<>(converted, (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException e) {
            return null;
        }
    }

    /** As the real one: an unknown unit text throws, an inconvertible one gives null. */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        return toUnit((Unit<T>) AbstractUnit.parse(targetUnit));
    }

    public BigDecimal toBigDecimal() {
        Number value = quantity.getValue();
        return value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString());
    }

    private String unitSymbol() {
        return AbstractUnit.ONE.equals(getUnit()) ? "" : getUnit().toString();
    }

    @Override
    public String format(String pattern) {
        if (pattern.contains("%s") || pattern.contains("%S")) {
            try {
                return String.format(pattern, toFullString());
            } catch (IllegalFormatConversionException e) {
                // fall through to the numeric forms
            }
        }
        String symbol = unitSymbol();
        String effective = pattern.replace("%unit%", "%".equals(symbol) ? "%%" : symbol);
        BigDecimal bd = toBigDecimal();
        try {
            return String.format(effective, bd.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(effective, bd);
        }
    }

    @Override
    public int intValue() {
        return quantity.getValue().intValue();
    }

    @Override
    public long longValue() {
        return quantity.getValue().longValue();
    }

    @Override
    public float floatValue() {
        return quantity.getValue().floatValue();
    }

    @Override
    public double doubleValue() {
        return quantity.getValue().doubleValue();
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            if (intValue() == 0) {
                return target.cast(OnOffType.OFF);
            } else if (Units.PERCENT.equals(getUnit())) {
                return target.cast(OnOffType.from(toBigDecimal().signum() > 0));
            }
            return toBigDecimal().compareTo(BigDecimal.ONE) == 0 ? target.cast(OnOffType.ON) : null;
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        }
        return State.super.as(target);
    }
}
