package org.carebridge.identity.bench;

import java.util.List;
import java.util.Set;
import org.carebridge.identity.person.PersonRecord;

/**
 * A synthesised population as the two systems hold it, with the answer key.
 *
 * @param crossPairs       {@code councilId|oxleasId} for every council and Oxleas record of one person
 * @param councilDuplicates {@code lowerId|higherId} for every two council records of one person
 */
public record SyntheticPopulation(List<PersonRecord> council, List<PersonRecord> oxleas, Set<String> crossPairs,
                                  Set<String> councilDuplicates) {
}
