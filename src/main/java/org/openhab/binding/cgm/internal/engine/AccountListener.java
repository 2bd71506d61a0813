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
package org.openhab.binding.cgm.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.model.Patient;

/**
 * Hears the outcome of each poll of an account. Called on the engine's executor.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface AccountListener {

    /** A poll succeeded; the next one is planned for {@code nextPoll}. */
    void pollSucceeded(List<Patient> patients, Instant nextPoll);

    /**
     * A poll failed.
     *
     * @param nextAttempt when the engine tries again, or null when it will not until the configuration changes
     */
    void pollFailed(CloudException failure, @Nullable Instant nextAttempt);

    /**
     * The ids of the patients whose past readings are used (their glucose is linked): only for them does the engine
     * make history requests. Called on the engine's executor before each poll.
     */
    default Set<String> patientsWantingHistory() {
        return Set.of();
    }
}
