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
package org.openhab.binding.cgm.internal.client.librelinkup.dto;

/**
 * The data of a login lockout: {@code {"code":60,"data":{"failures":3,"interval":60,"lockout":300},"message":"locked"}}
 * (3 failures within 60 s lock logins for 300 s).
 *
 * @author CGM binding contributors - Initial contribution
 */
public class LluLockoutData {
    public Integer code;
    public Window data;
    public String message;

    /** The lockout rule; lockout in seconds. */
    public static class Window {
        public Integer failures;
        public Integer interval;
        public Long lockout;
    }
}
