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
package org.openhab.binding.cgm.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The channel tags are openHAB's own semantic tags, in both openHAB 4.3 and 5.2 (as their SemanticTags.csv list
 * them): at most one point and one property per channel, so that the semantic model and the UI find the points.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SemanticTagsTest {

    /** Point tags of openHAB 4.3.0 that 5.2.1 still has (5.x adds Calculation and Forecast). */
    private static final Set<String> POINTS = Set.of("Alarm", "Control", "Switch", "Measurement", "Setpoint", "Status");
    /** Property tags of 4.3.0 that 5.2.1 still has, as far as a glucose binding could use them. */
    private static final Set<String> PROPERTIES = Set.of("Duration", "Level", "Timestamp", "Temperature", "Humidity",
            "Presence", "Power", "Energy");

    @Test
    void everyChannelHasOnePointAndAtMostOnePropertyOfBothVersions() throws Exception {
        Document document;
        try (InputStream in = SemanticTagsTest.class.getResourceAsStream("/OH-INF/thing/patient.xml")) {
            assertNotNull(in);
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList types = document.getElementsByTagName("channel-type");
        assertTrue(types.getLength() > 20);
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            String id = type.getAttribute("id");
            List<String> tags = new ArrayList<>();
            NodeList tagNodes = type.getElementsByTagName("tag");
            for (int t = 0; t < tagNodes.getLength(); t++) {
                tags.add(tagNodes.item(t).getTextContent().trim());
            }
            if (type.getElementsByTagName("kind").getLength() > 0) {
                assertTrue(tags.isEmpty(), id + ": a trigger channel is no point");
                continue;
            }
            assertEquals(1, tags.stream().filter(POINTS::contains).count(), id + " needs one point tag: " + tags);
            assertTrue(tags.stream().filter(PROPERTIES::contains).count() <= 1, id + ": one property at most");
            for (String tag : tags) {
                assertTrue(POINTS.contains(tag) || PROPERTIES.contains(tag), id + ": " + tag + " is no tag of both");
            }
        }
    }
}
