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
package org.openhab.binding.cgm.internal.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Who an authenticated request acts for.
 *
 * @param userId the user id the {@code Account-Id} header must hash
 * @param account the simulated account; null only for the seed capture's token when no account was added for it
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
record LluPrincipal(String userId, @Nullable LluAccount account) {
}
