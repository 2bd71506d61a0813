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
import javax.measure.Quantity;
import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/** Compile-only stand-in declaration of the openHAB Core type {@code QuantityType} (not shipped); value + unit text. */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;

    // the number as the real class holds it (Integer/Long/Double from a parsed string, BigDecimal otherwise)
    private final Number number;
    // the unit as written ("" means dimensionless); the real class keeps a javax.measure Unit instead
    private final String unitText;
    private final transient @Nullable Unit<T> unit;

    public QuantityType() {
        this(BigDecimal.ZERO, "", null);
    }

    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    public QuantityType(String value, Locale locale) {
        String text = value.trim();
        int end = numberEnd(text);
        String head = text.substring(0, end).toUpperCase(locale);
        String rest = text.substring(end).trim();
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(rest.isEmpty());
        ParsePosition pos = new ParsePosition(0);
        Number parsed = format.parse(head, pos);
        if (parsed == null || pos.getErrorIndex() != -1 || pos.getIndex() < head.length()) {
            if (rest.isEmpty()) {
                throw new NumberFormatException("Invalid BigDecimal value: " + value);
            }
            throw new IllegalArgumentException("Invalid Quantity value: " + value);
        }
        if (rest.contains(" ")) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value);
        }
        this.number = parsed instanceof Long l && l.intValue() == l ? Integer.valueOf(l.intValue()) : parsed;
        this.unitText = rest;
        this.unit = null;
    }

    public QuantityType(Number value, Unit<T> unit) {
        this(value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString()), unitName(unit), unit);
    }

    private QuantityType(Number number, String unitText, @Nullable Unit<T> unit) {
        this.number = number;
        this.unitText = unitText;
        this.unit = unit;
    }

    private static String unitName(Unit<?> unit) {
        String name = unit.toString();
        return "one".equals(name) ? "" : name;
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
        return unitText.isEmpty() ? number.toString() : number + " " + unitText;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        // the real class compares compatible units after conversion; the stand-in only knows identical unit text
        return obj instanceof QuantityType<?> other && unitText.equals(other.unitText)
                && toBigDecimal().compareTo(other.toBigDecimal()) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * unitText.hashCode() + 31 * toBigDecimal().stripTrailingZeros().hashCode();
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        if (!unitText.equals(o.unitText)) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        return toBigDecimal().compareTo(o.toBigDecimal());
    }

    public Unit<T> getUnit() {
        Unit<T> u = unit;
        if (u == null) {
            throw new UnsupportedOperationException("not in the stand-in");
        }
        return u;
    }

    public Dimension getDimension() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(unit)) {
            return this;
        }
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        if (targetUnit.equals(unitText)) {
            return this;
        }
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public BigDecimal toBigDecimal() {
        return number instanceof BigDecimal bd ? bd : new BigDecimal(number.toString());
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
        String effective = pattern.replace("%unit%", "%".equals(unitText) ? "%%" : unitText);
        BigDecimal bd = toBigDecimal();
        try {
            return String.format(effective, bd.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(effective, bd);
        }
    }

    @Override
    public int intValue() {
        return number.intValue();
    }

    @Override
    public long longValue() {
        return number.longValue();
    }

    @Override
    public float floatValue() {
        return number.floatValue();
    }

    @Override
    public double doubleValue() {
        return number.doubleValue();
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            if (intValue() == 0) {
                return target.cast(OnOffType.OFF);
            } else if ("%".equals(unitText)) {
                return target.cast(OnOffType.from(toBigDecimal().signum() > 0));
            }
            return toBigDecimal().compareTo(BigDecimal.ONE) == 0 ? target.cast(OnOffType.ON) : null;
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        }
        return State.super.as(target);
    }
}
