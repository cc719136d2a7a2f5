package com.partnerportal.university.internal;

import java.util.List;
import java.util.Optional;

/**
 * What a package's {@code imsmanifest.xml} says a course is (R5.7): its edition, the default
 * organisation's title and its SCOs in order, each with the file it launches.
 *
 * @param masteryScore the score (0–100) the first SCO must reach to pass, when the manifest sets one
 */
public record ScormManifest(ScormVersion version, String title, List<Sco> scos, Optional<Double> masteryScore) {

    public ScormManifest {
        scos = List.copyOf(scos);
    }

    /**
     * One item of the organisation that launches a resource.
     *
     * @param launch the file to open, relative to the package's root, with the item's parameters
     */
    public record Sco(String identifier, String title, String launch) {}

    public Sco first() {
        return scos.getFirst();
    }
}
