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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** Compile-only stand-in declaration of the openHAB Core type {@code ThingStatusInfo} (not shipped). */
@NonNullByDefault
public class ThingStatusInfo {

    private final ThingStatus status;
    private final ThingStatusDetail statusDetail;
    private @Nullable String description;

    protected ThingStatusInfo() {
        this(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null);
    }

    public ThingStatusInfo(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    public ThingStatus getStatus() {
        return status;
    }

    public ThingStatusDetail getStatusDetail() {
        return statusDetail;
    }

    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(status.toString());
        if (statusDetail != ThingStatusDetail.NONE) {
            sb.append(" (").append(statusDetail).append(')');
        }
        String text = description;
        if (text != null && !text.isBlank()) {
            sb.append(": ").append(text);
        }
        return sb.toString();
    }

    @Override
    public int hashCode() {
        String text = description;
        int h = 31 + (text == null ? 0 : text.hashCode());
        h = 31 * h + status.hashCode();
        return 31 * h + statusDetail.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        ThingStatusInfo that = (ThingStatusInfo) obj;
        return status == that.status && statusDetail == that.statusDetail
                && Objects.equals(description, that.description);
    }
}
