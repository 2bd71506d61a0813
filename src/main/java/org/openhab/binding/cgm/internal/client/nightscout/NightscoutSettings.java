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
package org.openhab.binding.cgm.internal.client.nightscout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a Nightscout site needs: its root URL and either an access token or the API secret.
 *
 * @param siteUrl the site's root, without a trailing slash
 * @param token an access token from the site's admin tools; null when the API secret is used
 * @param apiSecret the site's API secret; null when a token is used. Only its SHA-1 digest is ever sent.
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record NightscoutSettings(String siteUrl, @Nullable String token, @Nullable String apiSecret) {

    public NightscoutSettings {
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** The value of the {@code api-secret} header: the secret's SHA-1 digest in lower-case hex, as Nightscout wants. */
    public @Nullable String apiSecretDigest() {
        String secret = apiSecret;
        if (secret == null) {
            return null;
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java runtime has SHA-1
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        // the token and the secret are secrets; the site's address may name the person
        return "NightscoutSettings[" + (token != null ? "token" : "api secret") + "]";
    }
}
