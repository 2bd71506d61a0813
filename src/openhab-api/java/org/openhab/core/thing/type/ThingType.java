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
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/** Compile-only stand-in declaration of the openHAB Core type {@code ThingType} (not shipped); minimal. */
@NonNullByDefault
public class ThingType extends AbstractDescriptionType {

    private ThingType(ThingTypeUID uid, String label) {
        super(uid, label, null, null);
    }

    @Override
    public ThingTypeUID getUID() {
        return (ThingTypeUID) super.getUID();
    }

    public String getBindingId() {
        return getUID().getBindingId();
    }
}
