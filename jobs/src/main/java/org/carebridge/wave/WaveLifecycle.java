package org.carebridge.wave;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.audit.AuditTrail;
import org.carebridge.cli.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where each wave stands, and the only way it moves: an allowed, audited transition. */
@Component
public class WaveLifecycle {

    /** One recorded transition. */
    public record Transition(String wave, int seq, WaveState from, WaveState to, String actor, LocalDateTime at,
                             Long runId, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final WavesProperties waves;
    private final Clock clock;

    public WaveLifecycle(JdbcTemplate jdbc, AuditTrail audit, WavesProperties waves, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.waves = waves;
        this.clock = clock;
    }

    /** Every configured wave's state, in plan order (PLANNED until something happens). */
    public Map<String, WaveState> states() {
        Map<String, WaveState> states = new LinkedHashMap<>();
        waves.plan().forEach(w -> states.put(w.code(), state(w.code())));
        return states;
    }

    public WaveState state(String wave) {
        List<String> found = jdbc.queryForList("SELECT state FROM wave WHERE wave_code = ?", String.class, wave);
        return found.isEmpty() ? WaveState.PLANNED : WaveState.valueOf(found.get(0));
    }

    /** Moves a wave on, or refuses with the reason; the transition and an audit entry commit together. */
    @Transactional
    public void transition(String wave, WaveState to, String actor, Long runId, String reason) {
        WaveState from = state(wave);
        if (!from.canBecome(to)) {
            throw new UserFacingException("wave " + wave + " is " + from + " and cannot become " + to);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (jdbc.update("UPDATE wave SET state = ?, updated_at = ?, last_run_id = ? WHERE wave_code = ?", to.name(),
                Timestamp.valueOf(now), runId, wave) == 0) {
            jdbc.update("INSERT INTO wave (wave_code, state, updated_at, last_run_id) VALUES (?, ?, ?, ?)", wave,
                    to.name(), Timestamp.valueOf(now), runId);
        }
        Integer seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM wave_transition WHERE wave_code = ?",
                Integer.class, wave);
        jdbc.update("INSERT INTO wave_transition (wave_code, seq, from_state, to_state, actor, at, run_id, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", wave, seq, from.name(), to.name(), actor, Timestamp.valueOf(now),
                runId, reason);
        audit.append(new AuditTrail.Record(actor, null, "WAVE_" + to.name(), "WAVE", wave, runId, reason,
                from + " -> " + to));
    }

    public List<Transition> history(String wave) {
        return jdbc.query("SELECT * FROM wave_transition WHERE wave_code = ? ORDER BY seq", (rs, i) -> {
            long run = rs.getLong("run_id");
            return new Transition(wave, rs.getInt("seq"), WaveState.valueOf(rs.getString("from_state")),
                    WaveState.valueOf(rs.getString("to_state")), rs.getString("actor"),
                    rs.getTimestamp("at").toLocalDateTime(), rs.wasNull() ? null : run, rs.getString("reason"));
        }, wave);
    }
}
