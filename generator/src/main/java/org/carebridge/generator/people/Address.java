package org.carebridge.generator.people;

/**
 * A home address as a person would give it.
 *
 * @param postcode the postcode in its canonical form ({@code DA7 4AB}); records may key it differently
 * @param locality the Bexley locality the address belongs to (out-of-borough addresses are given the nearest)
 */
public record Address(String line1, String line2, String line3, String postcode, Locality locality) {
}
