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
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compile-only stand-in declaration of the openHAB Core type {@code DiscoveryResultBuilder} (not shipped). */
@NonNullByDefault
public class DiscoveryResultBuilder {

    private final Logger logger = LoggerFactory.getLogger(DiscoveryResultBuilder.class);

    private final ThingUID thingUID;
    private final Map<String, Object> properties = new HashMap<>();
    private @Nullable ThingUID bridgeUID;
    private @Nullable String representationProperty;
    private @Nullable String label;
    private long ttl = DiscoveryResult.TTL_UNLIMITED;
    private @Nullable ThingTypeUID thingTypeUID;

    private DiscoveryResultBuilder(ThingUID thingUID) {
        this.thingUID = thingUID;
    }

    public static DiscoveryResultBuilder create(ThingUID thingUID) {
        return new DiscoveryResultBuilder(thingUID);
    }

    public DiscoveryResultBuilder withThingType(@Nullable ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
        return this;
    }

    public DiscoveryResultBuilder withProperties(@Nullable Map<String, Object> properties) {
        if (properties != null) {
            this.properties.putAll(properties);
        }
        return this;
    }

    public DiscoveryResultBuilder withProperty(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public DiscoveryResultBuilder withRepresentationProperty(@Nullable String representationProperty) {
        this.representationProperty = representationProperty;
        return this;
    }

    /** Like 4.3: the thing UID must carry the bridge id as a segment (check dropped in 5.x). */
    public DiscoveryResultBuilder withBridge(@Nullable ThingUID bridgeUID) {
        if (bridgeUID != null && (!thingUID.getBindingId().equals(bridgeUID.getBindingId())
                || !thingUID.getBridgeIds().contains(bridgeUID.getId()))) {
            throw new IllegalArgumentException(
                    "Thing UID '" + thingUID + "' does not match bridge UID '" + bridgeUID + "'");
        }
        this.bridgeUID = bridgeUID;
        return this;
    }

    public DiscoveryResultBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    public DiscoveryResultBuilder withTTL(long ttl) {
        this.ttl = ttl;
        return this;
    }

    public DiscoveryResult build() {
        String repProp = representationProperty;
        if (repProp != null && !properties.containsKey(repProp)) {
            logger.warn("Representation property '{}' of discovery result for thing '{}' is missing in properties map.",
                    repProp, thingUID);
        }
        ThingTypeUID type = thingTypeUID;
        if (type == null) {
            type = typeFromThingUID(thingUID);
            thingTypeUID = type;
        }
        if (ttl < 1 && ttl != DiscoveryResult.TTL_UNLIMITED) {
            throw new IllegalArgumentException("The ttl must not be 0 or negative!");
        }
        return new Result(type, thingUID, bridgeUID, Collections.unmodifiableMap(properties), repProp,
                label == null ? "" : label, ttl);
    }

    private static @Nullable ThingTypeUID typeFromThingUID(ThingUID uid) {
        String typeId = uid.getAsString().split(":")[1];
        return typeId.isEmpty() ? null : new ThingTypeUID(uid.getBindingId(), typeId);
    }

    /** The stand-in's result object; mirrors what openHAB's internal implementation reports. */
    private static final class Result implements DiscoveryResult {
        private final @Nullable ThingTypeUID thingTypeUID;
        private final ThingUID thingUID;
        private final @Nullable ThingUID bridgeUID;
        private Map<String, Object> properties;
        private final @Nullable String representationProperty;
        private final String label;
        private final long ttl;
        private final Instant created = Instant.now();

        Result(@Nullable ThingTypeUID thingTypeUID, ThingUID thingUID, @Nullable ThingUID bridgeUID,
                Map<String, Object> properties, @Nullable String representationProperty, String label, long ttl) {
            this.thingTypeUID = thingTypeUID;
            this.thingUID = thingUID;
            this.bridgeUID = bridgeUID;
            this.properties = properties;
            this.representationProperty = representationProperty;
            this.label = label;
            this.ttl = ttl;
        }

        @Override
        public ThingUID getThingUID() {
            return thingUID;
        }

        @Override
        public ThingTypeUID getThingTypeUID() {
            ThingTypeUID type = thingTypeUID != null ? thingTypeUID : typeFromThingUID(thingUID);
            if (type == null) {
                throw new IllegalArgumentException("ThingTypeUID of thing '" + thingUID.getAsString() + "' is null.");
            }
            return type;
        }

        @Override
        public String getBindingId() {
            return thingUID.getBindingId();
        }

        @Override
        public Map<String, Object> getProperties() {
            return properties;
        }

        @Override
        public @Nullable String getRepresentationProperty() {
            return representationProperty;
        }

        @Override
        public DiscoveryResultFlag getFlag() {
            return DiscoveryResultFlag.NEW;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public @Nullable ThingUID getBridgeUID() {
            return bridgeUID;
        }

        @Override
        public long getTimeToLive() {
            return ttl;
        }

        @Override
        public void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
            properties = properties.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> configurationParameters.contains(e.getKey())
                            ? e.getValue()
                            : String.valueOf(e.getValue())));
        }

        @Override
        public int hashCode() {
            return 31 + thingUID.hashCode();
        }

        @Override
        public boolean equals(@Nullable Object obj) {
            return obj == this || (obj instanceof Result other && thingUID.equals(other.thingUID));
        }

        @Override
        public String toString() {
            return "DiscoveryResult [thingUID=" + thingUID + ", properties=" + properties + ", representationProperty="
                    + representationProperty + ", flag=" + getFlag() + ", label=" + label + ", bridgeUID="
                    + bridgeUID + ", ttl=" + ttl + ", timestamp=" + created + "]";
        }
    }
}
