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
package org.openhab.binding.cgm.internal.client.nightscout.dto;

import java.util.List;

/**
 * What {@code /api/v1/status.json} says of the site: its version and the settings the client reads (units, alarm
 * thresholds in mg/dL, enabled plugins). Everything else it carries (the site's name, the custom title, the
 * {@code authorized} block) is not read.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class NightscoutStatus {
    public String status;
    public String version;
    public Double serverTimeEpoch;
    public Settings settings;

    /** The site's display settings. */
    public static class Settings {
        /** "mg/dl" or "mmol". */
        public String units;
        /** The enabled plugins, e.g. "iob", "cob", "careportal". */
        public List<String> enable;
        public Thresholds thresholds;
    }

    /** The alarm thresholds, in mg/dL. */
    public static class Thresholds {
        public Double bgHigh;
        public Double bgTargetTop;
        public Double bgTargetBottom;
        public Double bgLow;
    }
}
