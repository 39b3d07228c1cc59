package org.carebridge.reconcile;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carebridge.audit.AuditTrail;
import org.carebridge.cli.UserFacingException;
import org.carebridge.reconciliation.report.ReportPack;
import org.carebridge.reconciliation.report.ReportPackReader;
import org.carebridge.reconciliation.signoff.DispositionSheet;
import org.carebridge.reconciliation.signoff.SignOffDecision;
import org.carebridge.reconciliation.signoff.SignOffPolicy;
import org.carebridge.wave.WaveLifecycle;
import org.carebridge.wave.WaveState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governance sign-off of a wave: bound to the SHA-256 of the latest live report pack, refused while any check fails
 * without every exception dispositioned ACCEPTED with a reason. When every configured role has signed the same
 * report, the wave becomes SIGNED_OFF. Every sign-off is in the audit trail.
 */
@Service
public class SignOffService {

    /** One recorded sign-off. */
    public record SignOff(String wave, String role, String signedBy, LocalDateTime signedAt, String reportSha256) {
    }

    private final JdbcTemplate jdbc;
    private final WaveLifecycle lifecycle;
    private final AuditTrail audit;
    private final ReconciliationProperties properties;
    private final Clock clock;

    public SignOffService(JdbcTemplate jdbc, WaveLifecycle lifecycle, AuditTrail audit,
                          ReconciliationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public SignOff signOff(String wave, String signedBy, String role, Path dispositions) {
        String normalisedRole = role.toUpperCase(Locale.ROOT).replace('-', '_');
        if (!properties.signoffRoles().contains(normalisedRole)) {
            throw new UserFacingException("role " + role + " does not sign waves off (roles: "
                    + String.join(", ", properties.signoffRoles()) + ")");
        }
        WaveState state = lifecycle.state(wave);
        if (state != WaveState.LOADED && state != WaveState.RECONCILED) {
            throw new UserFacingException("wave " + wave + " is " + state + "; only a loaded wave can be signed off");
        }
        List<Map<String, Object>> latest = jdbc.queryForList("SELECT recon_id, pack_folder FROM reconciliation_run"
                + " WHERE wave_code = ? AND target_schema = 'merged' ORDER BY recon_id DESC FETCH FIRST 1 ROWS ONLY", wave);
        if (latest.isEmpty()) {
            throw new UserFacingException("wave " + wave + " has no live reconciliation report; run ./carebridge reconcile "
                    + wave);
        }
        long reconId = ((Number) value(latest.get(0), "recon_id")).longValue();
        ReportPack pack = new ReportPackReader().read(Path.of(value(latest.get(0), "pack_folder").toString()));
        SignOffDecision decision = new SignOffPolicy().decide(pack, dispositions == null ? DispositionSheet.none()
                : DispositionSheet.read(dispositions));
        if (!decision.allowed()) {
            throw new UserFacingException("sign-off of " + wave + " refused: " + String.join("; ", decision.reasons()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("DELETE FROM wave_signoff WHERE wave_code = ? AND signoff_role = ? AND recon_id = ?", wave,
                normalisedRole, reconId);
        jdbc.update("INSERT INTO wave_signoff (wave_code, signoff_role, signed_by, signed_at, recon_id, report_sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", wave, normalisedRole, signedBy, Timestamp.valueOf(now), reconId,
                decision.reportSha256());
        audit.append(new AuditTrail.Record(signedBy, normalisedRole, "WAVE_SIGNED_OFF_BY_ROLE", "WAVE", wave, reconId,
                dispositions == null ? "every check passed" : "failing checks dispositioned in " + dispositions.getFileName(),
                "report sha256 " + decision.reportSha256()));
        if (state == WaveState.LOADED) {
            lifecycle.transition(wave, WaveState.RECONCILED, signedBy, reconId,
                    "every exception of report " + decision.reportSha256() + " dispositioned ACCEPTED");
        }
        List<String> signed = jdbc.queryForList("SELECT DISTINCT signoff_role FROM wave_signoff WHERE wave_code = ? AND"
                + " report_sha256 = ?", String.class, wave, decision.reportSha256());
        if (signed.containsAll(properties.signoffRoles())) {
            lifecycle.transition(wave, WaveState.SIGNED_OFF, signedBy, reconId, "signed off by "
                    + String.join(", ", properties.signoffRoles()) + " on report " + decision.reportSha256());
        }
        return new SignOff(wave, normalisedRole, signedBy, now, decision.reportSha256());
    }

    public List<SignOff> signOffs(String wave) {
        return jdbc.query("SELECT signoff_role, signed_by, signed_at, report_sha256 FROM wave_signoff WHERE wave_code = ?"
                + " ORDER BY signed_at", (rs, i) -> new SignOff(wave, rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)), wave);
    }

    private static Object value(Map<String, Object> row, String key) {
        return row.containsKey(key) ? row.get(key) : row.get(key.toUpperCase(Locale.ROOT));
    }
}
