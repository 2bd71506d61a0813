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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** Compile-only stand-in declaration of the openHAB Core type {@code ChannelUID} (not shipped). */
@NonNullByDefault
public class ChannelUID extends UID {

    public static final Pattern CHANNEL_SEGMENT_PATTERN = Pattern.compile("[\\w-]*(?:#[\\w-]*)?");
    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    ChannelUID() {
    }

    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    public ChannelUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        super(append(channelGroupUID.getThingUID(), channelGroupUID.getId() + CHANNEL_GROUP_SEPARATOR + id));
    }

    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(append(thingUID, groupId + CHANNEL_GROUP_SEPARATOR + id));
    }

    private static List<String> append(ThingUID thingUID, String last) {
        List<String> all = new ArrayList<>(thingUID.getAllSegments());
        all.add(last);
        return all;
    }

    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    public String getIdWithoutGroup() {
        return isInGroup() ? getId().split(CHANNEL_GROUP_SEPARATOR)[1] : getId();
    }

    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    public @Nullable String getGroupId() {
        return isInGroup() ? getId().split(CHANNEL_GROUP_SEPARATOR)[0] : null;
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!CHANNEL_SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException("UID segment '" + segment
                    + "' contains invalid characters. The last segment of the channel UID must match the pattern '"
                    + CHANNEL_SEGMENT_PATTERN + "'.");
        }
    }

    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1).toArray(new String[0]));
    }
}
