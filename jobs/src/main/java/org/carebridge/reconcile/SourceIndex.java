package org.carebridge.reconcile;

import java.util.HashMap;
import java.util.Map;

/** Who is who in the source: cohort records → merged person, and Oxleas referrals → patient (read from the source). */
final class SourceIndex {

    private final CohortScope scope;
    private final Map<String, String> referralPatient = new HashMap<>();

    SourceIndex(CohortScope scope) {
        this.scope = scope;
    }

    String councilPerson(Object clientId) {
        return clientId == null ? null : scope.councilClients().get(clientId.toString());
    }

    String oxleasPerson(Object patientId) {
        return patientId == null ? null : scope.oxleasPatients().get(patientId.toString());
    }

    void referral(String referralId, String patientId) {
        if (referralId != null && patientId != null) {
            referralPatient.putIfAbsent(referralId, patientId);
        }
    }

    String referralPerson(Object referralId) {
        return referralId == null ? null : oxleasPerson(referralPatient.get(referralId.toString()));
    }

    CohortScope scope() {
        return scope;
    }
}
