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
package org.openhab.binding.cgm.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * What the binding needs to say a sentence: its translated templates and openHAB's configured language, asked anew
 * for each sentence so that a change of language in openHAB's settings shows in the next one.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Speech(SummaryWording wording, LocaleProvider localeProvider) {

    /** The binding's own texts ({@code OH-INF/i18n}) through openHAB's translation provider. */
    public static Speech of(TranslationProvider translations, LocaleProvider localeProvider, @Nullable Bundle bundle) {
        return new Speech(new SummaryWording((key, locale) -> translations.getText(bundle, key, null, locale)),
                localeProvider);
    }
}
