package org.carebridge.staging;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the legacy sources are, as an operator sets them in {@code config/application.yml}
 * ({@code carebridge.sources.*}). Command-line options override these per run.
 *
 * @param council   the council side: a CSV bundle folder, or a JDBC schema
 * @param oxleas    the Oxleas bundle folder (with its MANIFEST.csv)
 * @param workforce the workforce plan file
 */
@ConfigurationProperties("carebridge.sources")
public record SourcesProperties(Council council, Bundle oxleas, WorkforceFile workforce) {

    public SourcesProperties {
        council = council == null ? new Council(null, null) : council;
        oxleas = oxleas == null ? new Bundle(null) : oxleas;
        workforce = workforce == null ? new WorkforceFile(null) : workforce;
    }

    public record Council(Path bundle, CouncilJdbc jdbc) {
        public Council {
            jdbc = jdbc == null ? new CouncilJdbc(null, null, null, null, null, 0) : jdbc;
        }
    }

    public record Bundle(Path bundle) {
    }

    public record WorkforceFile(Path file) {
    }

    /**
     * The council's Oracle schema (or a copy of it).
     *
     * @param pagingDialect {@code auto} (from the database), {@code oracle}, {@code postgres} or {@code h2}:
     *                      which Spring Batch paging query provider reads it
     */
    public record CouncilJdbc(String url, String username, String password, String schema, String pagingDialect,
                              int pageSize) {
        public CouncilJdbc {
            schema = schema == null || schema.isBlank() ? "ASC" : schema;
            pagingDialect = pagingDialect == null || pagingDialect.isBlank() ? "auto" : pagingDialect;
            pageSize = pageSize <= 0 ? 1000 : pageSize;
        }

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
