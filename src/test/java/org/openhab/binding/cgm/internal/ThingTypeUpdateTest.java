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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Patient things created from an older definition of the thing type get every channel of the current one, as
 * openHAB's thing manager applies {@code OH-INF/update}: each instruction set above the thing's
 * {@code thingTypeVersion} property (none: 0) once, in order; add-channel fails on a channel the thing has (openHAB's
 * ThingBuilder refuses duplicates), update-channel replaces or creates it, remove-channel removes it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingTypeUpdateTest {

    /** The channels of the first patient thing type (commit 5a6cf1c). */
    private static final List<String> FIRST = List.of("glucose", "glucose-mmol", "trend", "measurement-color", "high",
            "low", "timestamp");
    /** The channels of the patient thing type before the summary (commit 0e8c1a4), which had no version. */
    private static final List<String> BEFORE_SUMMARY = List.of("glucose", "glucose-mmol", "trend", "measurement-color",
            "high", "low", "timestamp", "stale", "reading-age", "rate-of-change", "delta", "range", "target-low",
            "target-high", "event", "sensor-activated", "sensor-expiry", "sensor-state", "time-in-range",
            "time-below-range", "time-above-range", "time-very-low", "average-glucose", "glucose-variability", "gmi",
            "data-coverage");

    private record Instruction(String kind, String channel, String type) {
    }

    private record InstructionSet(int targetVersion, List<Instruction> instructions) {
    }

    /** A thing as far as an update concerns it: channel id to channel type, and its properties. */
    private record PatientThing(Map<String, String> channels, Map<String, String> properties) {
    }

    private static Document xml(String resource) throws Exception {
        try (InputStream in = ThingTypeUpdateTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<InstructionSet> patientInstructions() throws Exception {
        Document document = xml("/OH-INF/update/patient.xml");
        List<InstructionSet> sets = new ArrayList<>();
        NodeList thingTypes = document.getElementsByTagName("thing-type");
        for (int t = 0; t < thingTypes.getLength(); t++) {
            Element thingType = (Element) thingTypes.item(t);
            assertEquals("cgm:patient", thingType.getAttribute("uid"));
            NodeList setNodes = thingType.getElementsByTagName("instruction-set");
            for (int s = 0; s < setNodes.getLength(); s++) {
                Element set = (Element) setNodes.item(s);
                List<Instruction> instructions = new ArrayList<>();
                for (Node node = set.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element instruction) {
                        NodeList type = instruction.getElementsByTagName("type");
                        instructions.add(new Instruction(instruction.getTagName(), instruction.getAttribute("id"),
                                type.getLength() > 0 ? type.item(0).getTextContent().trim() : ""));
                    }
                }
                sets.add(new InstructionSet(Integer.parseInt(set.getAttribute("targetVersion")), instructions));
            }
        }
        sets.sort(Comparator.comparingInt(InstructionSet::targetVersion));
        return sets;
    }

    /** The current definition: channel id to channel type, and the thing type's version. */
    private static PatientThing currentDefinition() throws Exception {
        Document document = xml("/OH-INF/thing/patient.xml");
        Map<String, String> channels = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagName("channel");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element channel = (Element) nodes.item(i);
            channels.put(channel.getAttribute("id"), "cgm:" + channel.getAttribute("typeId"));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList props = document.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element property = (Element) props.item(i);
            properties.put(property.getAttribute("name"), property.getTextContent().trim());
        }
        return new PatientThing(channels, properties);
    }

    private static PatientThing createdFrom(List<String> channelIds) {
        Map<String, String> channels = new LinkedHashMap<>();
        channelIds.forEach(id -> channels.put(id, "cgm:" + id));
        return new PatientThing(channels, new LinkedHashMap<>());
    }

    /** What openHAB's thing manager does when the handler factory starts such a thing. */
    private static PatientThing update(PatientThing thing) throws Exception {
        int version = Integer.parseInt(thing.properties().getOrDefault("thingTypeVersion", "0"));
        Map<String, String> channels = new LinkedHashMap<>(thing.channels());
        Map<String, String> properties = new LinkedHashMap<>(thing.properties());
        for (InstructionSet set : patientInstructions()) {
            if (set.targetVersion() <= version) {
                continue;
            }
            for (Instruction instruction : set.instructions()) {
                switch (instruction.kind()) {
                    case "add-channel" -> {
                        if (channels.containsKey(instruction.channel())) {
                            throw new IllegalArgumentException("Duplicate channels " + instruction.channel());
                        }
                        channels.put(instruction.channel(), instruction.type());
                    }
                    case "update-channel" -> {
                        channels.remove(instruction.channel());
                        channels.put(instruction.channel(), instruction.type());
                    }
                    case "remove-channel" -> channels.remove(instruction.channel());
                    default -> fail("unknown instruction " + instruction.kind());
                }
            }
            properties.put("thingTypeVersion", Integer.toString(set.targetVersion()));
        }
        return new PatientThing(channels, properties);
    }

    @Test
    void aThingOfTheFirstDefinitionGetsEveryChannel() throws Exception {
        PatientThing current = currentDefinition();
        PatientThing updated = update(createdFrom(FIRST));
        assertEquals(current.channels(), sorted(updated.channels(), current.channels()));
        assertEquals(current.properties().get("thingTypeVersion"), updated.properties().get("thingTypeVersion"));
    }

    @Test
    void aThingFromBeforeTheSummaryGetsItWithoutLosingAChannel() throws Exception {
        PatientThing current = currentDefinition();
        PatientThing updated = update(createdFrom(BEFORE_SUMMARY));
        assertEquals(current.channels(), sorted(updated.channels(), current.channels()));
        assertTrue(updated.channels().containsKey("summary"));
    }

    @Test
    void aThingOfTheCurrentDefinitionIsLeftAlone() throws Exception {
        PatientThing current = currentDefinition();
        assertEquals(current, update(current));
    }

    @Test
    void theThingTypeVersionIsTheLastTargetVersionAndEveryNewChannelIsCovered() throws Exception {
        List<InstructionSet> sets = patientInstructions();
        assertFalse(sets.isEmpty());
        PatientThing current = currentDefinition();
        assertEquals(Integer.toString(sets.get(sets.size() - 1).targetVersion()),
                current.properties().get("thingTypeVersion"), "thingTypeVersion in thing/patient.xml");
        for (InstructionSet set : sets) {
            for (Instruction instruction : set.instructions()) {
                if (!"remove-channel".equals(instruction.kind())) {
                    assertEquals(current.channels().get(instruction.channel()), instruction.type(),
                            "the channel type of " + instruction.channel());
                }
            }
        }
    }

    /** The updated channels in the order of the definition, for comparison (openHAB keeps the order it builds). */
    private static Map<String, String> sorted(Map<String, String> channels, Map<String, String> order) {
        Map<String, String> sorted = new LinkedHashMap<>();
        order.keySet().forEach(id -> {
            if (channels.containsKey(id)) {
                sorted.put(id, channels.get(id));
            }
        });
        channels.forEach(sorted::putIfAbsent);
        return sorted;
    }
}
