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
package org.openhab.binding.cgm.internal.client;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What every {@link Transport} does with a response body the same way: the size limit, and the decoding by the
 * charset the Content-Type names (UTF-8 when it names none, as JSON is).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ResponseBodies {

    /** No answer of the clouds comes near this; a larger one is refused rather than held in memory. */
    public static final int MAX_BYTES = 1 << 20;

    private ResponseBodies() {
    }

    public static CloudException tooLarge() {
        return new CloudException(FailureKind.BAD_RESPONSE, "response larger than " + (MAX_BYTES >> 10) + " KiB");
    }

    /** The body as text, decoded by the charset of the Content-Type header. */
    public static String decode(byte[] body, @Nullable String contentType) throws CloudException {
        return new String(body, charset(contentType));
    }

    private static Charset charset(@Nullable String contentType) throws CloudException {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && "charset".equals(pair[0].trim().toLowerCase(Locale.ROOT))) {
                String name = pair[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new CloudException(FailureKind.BAD_RESPONSE, "unknown charset in the Content-Type");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
