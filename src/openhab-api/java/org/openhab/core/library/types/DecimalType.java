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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/** Compile-only stand-in declaration of the openHAB Core type {@code DecimalType} (not shipped). */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 1L;

    public static final DecimalType ZERO = new DecimalType(0);

    protected BigDecimal value;

    public DecimalType() {
        this(BigDecimal.ZERO);
    }

    public DecimalType(Number value) {
        if (value instanceof QuantityType<?> quantity) {
            this.value = quantity.toBigDecimal();
        } else if (value instanceof DecimalType decimal) {
            this.value = decimal.toBigDecimal();
        } else if (value instanceof BigDecimal bd) {
            this.value = bd;
        } else if (value instanceof BigInteger bi) {
            this.value = new BigDecimal(bi);
        } else {
            this.value = new BigDecimal(value.toString());
        }
    }

    public DecimalType(String value) {
        this(value, Locale.ENGLISH);
    }

    public DecimalType(String value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition pos = new ParsePosition(0);
        Object parsed = format.parseObject(value.toUpperCase(locale), pos);
        if (!(parsed instanceof BigDecimal bd) || pos.getErrorIndex() != -1 || pos.getIndex() < value.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        this.value = bd;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    @Override
    public String format(String pattern) {
        try {
            // integral values are offered as BigInteger so that %d works
            return String.format(pattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(pattern, value);
        }
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return 31 + value.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this || (obj instanceof DecimalType other && value.compareTo(other.value) == 0);
    }

    @Override
    public int compareTo(DecimalType o) {
        return value.compareTo(o.toBigDecimal());
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    protected <T extends State> @Nullable T defaultConversion(@Nullable Class<T> target) {
        return State.super.as(target);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(!equals(ZERO)));
        } else if (target == DateTimeType.class) {
            return target.cast(new DateTimeType(value.toString()));
        }
        // conversions to library types absent from the stand-in are unreachable here
        return defaultConversion(target);
    }
}
