package org.carebridge.reconcile;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /**
     * The referral → patient index the referrals' partition of the same reconciliation saved (its cohort part):
     * what contacts and referral teams need when they are read in another partition, perhaps another process.
     */
    void loadReferrals(JdbcTemplate jdbc, long reconId) {
        jdbc.query("SELECT referral_id, patient_id FROM recon_referral WHERE recon_id = ?",
                rs -> { referral(rs.getString(1), rs.getString(2)); }, reconId);
    }

    /** The referral → patient index as built so far (first patient named for a referral wins). */
    Map<String, String> referrals() {
        return Collections.unmodifiableMap(referralPatient);
    }

    String referralPerson(Object referralId) {
        return referralId == null ? null : oxleasPerson(referralPatient.get(referralId.toString()));
    }

    CohortScope scope() {
        return scope;
    }
}
