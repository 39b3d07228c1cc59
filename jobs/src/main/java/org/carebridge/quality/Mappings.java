package org.carebridge.quality;

import java.time.LocalDate;
import org.carebridge.cli.UserFacingException;
import org.carebridge.mappings.CodeLists;
import org.carebridge.mappings.MappingLoadException;
import org.carebridge.mappings.MappingSet;
import org.carebridge.teams.MergedTeamsProperties;
import org.springframework.stereotype.Component;

/**
 * The mapping tables as they stand on disk now. They are read afresh for every run, because analysts edit
 * them between runs; a table that cannot be used stops the run with its file and line.
 */
@Component
public class Mappings {

    private final QualityProperties properties;
    private final MergedTeamsProperties teams;

    public Mappings(QualityProperties properties, MergedTeamsProperties teams) {
        this.properties = properties;
        this.teams = teams;
    }

    public MappingSet load() {
        try {
            return MappingSet.load(properties.mappingsDir(), CodeLists.standard(teams.codes()));
        } catch (MappingLoadException e) {
            throw new UserFacingException("mapping tables in " + properties.mappingsDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The validator for a run that started with mapping-set {@code version}; refuses if the tables changed
     * since. {@code referenceDate} {@code null} means the configured one (or today).
     */
    public RowValidator validatorFor(String version, LocalDate referenceDate) {
        MappingSet set = load();
        if (version != null && !version.equals(set.version())) {
            throw new UserFacingException("the mapping tables changed (version " + version + " → " + set.version()
                    + ") since this run started; start a new run so that every row uses the same mappings");
        }
        return new RowValidator(new RowChecks(set, referenceDate == null ? properties.referenceDateOrToday() : referenceDate));
    }
}
