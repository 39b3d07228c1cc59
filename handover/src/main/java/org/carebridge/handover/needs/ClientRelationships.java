package org.carebridge.handover.needs;

import java.util.List;
import java.util.Objects;

/**
 * What {@link HandoverNeeds} needs to know about one open client.
 *
 * @param personId                    merged person id
 * @param knownToMentalHealthServices open MH referral, or Primary Support Reason of mental health support
 * @param relationships               every legacy allocation and care coordinator assignment, any order
 */
public record ClientRelationships(String personId, boolean knownToMentalHealthServices,
                                  List<LegacyRelationship> relationships) {

    public ClientRelationships {
        Objects.requireNonNull(personId, "personId");
        relationships = List.copyOf(relationships);
    }
}
