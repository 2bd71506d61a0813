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
package org.openhab.core.config.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/** Compile-only stand-in declaration of the openHAB Core type {@code Configuration} (not shipped). */
public class Configuration {

    // keys the real class drops when built from a map (OSGi service properties)
    private static final Set<String> OSGI_KEYS = Set.of("objectClass", "component.name", "component.id");

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(float.class, Float.class, double.class, Double.class,
            long.class, Long.class, int.class, Integer.class, short.class, Short.class, byte.class, Byte.class,
            boolean.class, Boolean.class);

    private final Map<String, Object> properties;

    public Configuration() {
        properties = Collections.synchronizedMap(new HashMap<>());
    }

    public Configuration(final @Nullable Configuration configuration) {
        properties = Collections
                .synchronizedMap(configuration == null ? new HashMap<>() : new HashMap<>(configuration.properties));
    }

    public Configuration(@Nullable Map<String, Object> properties) {
        Map<String, Object> normalized = new HashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> {
                if (!OSGI_KEYS.contains(key)) {
                    normalized.put(key, value == null ? null : normalize(value));
                }
            });
        }
        this.properties = Collections.synchronizedMap(normalized);
    }

    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return bind(properties, configurationClass);
        }
    }

    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    public Object get(String key) {
        return properties.get(key);
    }

    public Object put(String key, @Nullable Object value) {
        return properties.put(key, value == null ? null : normalize(value));
    }

    public Object remove(String key) {
        return properties.remove(key);
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Configuration[");
        synchronized (properties) {
            String sep = "";
            for (Map.Entry<String, Object> e : properties.entrySet()) {
                Object v = e.getValue();
                sb.append(sep).append("{key=").append(e.getKey()).append("; type=")
                        .append(v == null ? "?" : v.getClass().getSimpleName()).append("; value=").append(v)
                        .append('}');
                sep = ", ";
            }
        }
        return sb.append(']').toString();
    }

    // --- value normalisation as openHAB does it when no config description is known ---

    private static Object normalize(Object value) {
        if (value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Number number) {
            return normalizeNumber(number);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object item : collection) {
                Object n = normalize(item);
                if (!list.isEmpty() && n.getClass() != list.get(0).getClass()) {
                    throw new IllegalArgumentException(
                            "Invalid configuration property. Heterogeneous collection value!");
                }
                list.add(n);
            }
            return list;
        }
        throw new IllegalArgumentException(
                "Invalid type '{" + value.getClass().getCanonicalName() + "}' of configuration value!");
    }

    private static Object normalizeNumber(Number number) {
        if (number instanceof BigDecimal bd) {
            if (bd.scale() <= 1) {
                return bd;
            }
            BigDecimal stripped = bd.stripTrailingZeros();
            return stripped.scale() == 0 ? stripped.setScale(1) : stripped;
        }
        if (number instanceof Byte || number instanceof Short || number instanceof Integer
                || number instanceof Long) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof Float) {
            return new BigDecimal(number.toString());
        }
        if (number instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return number;
    }

    // --- binding to a configuration class, following openHAB 4.3's ConfigParser ---

    @SuppressWarnings("unchecked")
    private static <T> T bind(Map<String, Object> props, Class<T> type) {
        T target;
        try {
            target = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return (T) null;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int mod = field.getModifiers();
                if (Modifier.isFinal(mod) || Modifier.isTransient(mod)) {
                    continue;
                }
                Object raw = props.get(field.getName());
                if (raw == null) {
                    continue;
                }
                try {
                    Object value = raw;
                    if (raw instanceof Collection<?> items) {
                        Collection<Object> converted;
                        if (List.class.isAssignableFrom(field.getType())) {
                            converted = new ArrayList<>();
                        } else if (Set.class.isAssignableFrom(field.getType())) {
                            converted = new HashSet<>();
                        } else {
                            continue;
                        }
                        Class<?> elementType = (Class<?>) ((ParameterizedType) field.getGenericType())
                                .getActualTypeArguments()[0];
                        for (Object item : items) {
                            Object v = convert(item, elementType);
                            if (v != null) {
                                converted.add(v);
                            }
                        }
                        value = converted;
                    }
                    value = convert(value, field.getType());
                    if (value == null) {
                        continue;
                    }
                    field.setAccessible(true);
                    field.set(target, value);
                } catch (IllegalAccessException | RuntimeException e) {
                    // the real parser logs and leaves the field untouched
                }
            }
        }
        return target;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object convert(@Nullable Object value, Class<?> type) {
        if (value == null || type.isAssignableFrom(value.getClass())) {
            return value;
        }
        Class<?> want = BOXED.getOrDefault(type, type);
        Object result = value;
        if (value instanceof Number n) {
            if (want == Float.class) {
                result = n.floatValue();
            } else if (want == Double.class) {
                result = n.doubleValue();
            } else if (want == Long.class) {
                result = n.longValue();
            } else if (want == Integer.class) {
                result = n.intValue();
            } else if (want == Short.class) {
                result = n.shortValue();
            } else if (want == Byte.class) {
                result = n.byteValue();
            } else if (want == BigDecimal.class) {
                result = new BigDecimal(n.toString());
            }
        } else if (value instanceof String s && want != String.class) {
            if (want == Float.class) {
                result = Float.valueOf(s);
            } else if (want == Double.class) {
                result = Double.valueOf(s);
            } else if (want == Long.class) {
                result = Long.valueOf(s);
            } else if (want == Integer.class) {
                result = Integer.valueOf(s);
            } else if (want == Short.class) {
                result = Short.valueOf(s);
            } else if (want == Byte.class) {
                result = Byte.valueOf(s);
            } else if (want == BigDecimal.class) {
                result = new BigDecimal(s);
            } else if (want == Boolean.class) {
                result = Boolean.valueOf(s);
            } else if (type.isEnum()) {
                result = Enum.valueOf((Class<? extends Enum>) want, s);
            } else if (Set.class.isAssignableFrom(want)) {
                result = Set.of(s);
            } else if (Collection.class.isAssignableFrom(want)) {
                result = List.of(s);
            }
        }
        return want.isAssignableFrom(result.getClass()) ? result : null;
    }
}
