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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/** Compile-only stand-in declaration of the openHAB Core type {@code DateTimeType} (not shipped). */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    // date and time down to minutes, optional seconds with 1..9 fraction digits
    private static final String LOCAL_PART = localPattern();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern(LOCAL_PART);
    private static final DateTimeFormatter[] ZONED = { DateTimeFormatter.ofPattern(LOCAL_PART + "Z"),
            DateTimeFormatter.ofPattern(LOCAL_PART + "X"), DateTimeFormatter.ofPattern(LOCAL_PART + "z") };
    // output: seconds and nine fraction digits, RFC 822 offset (e.g. +0100)
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss[.SSSSSSSSS]]Z");
    private static final String DEFAULT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

    private Instant instant;

    public DateTimeType() {
        this(Instant.now());
    }

    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    public DateTimeType(ZonedDateTime zoned) {
        this.instant = zoned.toInstant();
    }

    public DateTimeType(String zonedValue) {
        try {
            instant = parseAny(zonedValue);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(zonedValue + " is not in a valid format.", e);
        }
    }

    private static String localPattern() {
        StringBuilder sb = new StringBuilder("yyyy-MM-dd'T'HH:mm[:ss");
        for (int digits = 9; digits >= 1; digits--) {
            sb.append("[.").append("S".repeat(digits)).append(']');
        }
        return sb.append(']').toString();
    }

    // accepted inputs as in 4.3: date+time (also with a space), time only, epoch seconds/millis, date only
    private static Instant parseAny(String v) {
        try {
            boolean spaced = v.length() >= 16 && v.substring(0, 16).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            return parseDateTime(spaced ? v.substring(0, 10) + "T" + v.substring(11) : v);
        } catch (DateTimeParseException notDateTime) {
            try {
                return parseDateTime("1970-01-01T" + v);
            } catch (DateTimeParseException notTime) {
                try {
                    long epoch = Double.valueOf(v).longValue();
                    int digits = (int) (Math.log10(Math.abs(epoch)) + 1);
                    return digits < 12 ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
                } catch (NumberFormatException notNumber) {
                    return v.length() == 10 ? parseDateTime(v + "T00:00:00")
                            : parseDateTime(v.substring(0, 10) + "T00:00:00" + v.substring(10));
                }
            }
        }
    }

    private static Instant parseDateTime(String v) {
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(v, f).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return LocalDateTime.parse(v, LOCAL).atZone(ZoneId.systemDefault()).toInstant();
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    public Instant getInstant() {
        return instant;
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, ZoneId.systemDefault());
    }

    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime zoned = instant.atZone(zoneId);
        return pattern == null ? DateTimeFormatter.ofPattern(DEFAULT_FORMAT).format(zoned)
                : String.format(pattern, zoned);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return toFullString(ZoneId.systemDefault());
    }

    public String toFullString(ZoneId zoneId) {
        String text = instant.atZone(zoneId).format(OUTPUT);
        if (!text.contains(".")) {
            return text;
        }
        // drop up to two trailing "000" groups of the nine fraction digits, exactly like 4.3 does
        String sign = text.contains("+") ? "+" : "-";
        return text.replace("000" + sign, sign).replace("000" + sign, sign);
    }

    @Override
    public int hashCode() {
        return 31 + instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this
                || (obj != null && obj.getClass() == getClass() && instant.equals(((DateTimeType) obj).instant));
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.getInstant());
    }
}
