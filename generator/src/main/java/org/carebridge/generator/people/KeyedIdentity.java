package org.carebridge.generator.people;

import java.time.LocalDate;

/**
 * A person's identifying details as one record holds them, after keying variations.
 *
 * @param nhsNumber the NHS number as keyed (may hold spaces or hyphens), or {@code null}
 * @param postcode  the postcode as keyed (any case or spacing), or {@code null}
 */
public record KeyedIdentity(String forename, String middleNames, String surname, String preferredName,
                            LocalDate birthDate, String nhsNumber, Address address, String postcode) {
}
