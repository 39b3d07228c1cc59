package org.carebridge.mappings;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every code list a mapping table may translate into: national lists bundled from the programme's reference
 * folder, the merged organisation's own lists, and the merged teams of {@code config/teams.yml}.
 */
public final class CodeLists {

    public static final String NHS_ETHNIC_CATEGORY = "nhs-ethnic-category";
    public static final String PERSON_STATED_GENDER = "person-stated-gender";
    public static final String SERVICE_LINE = "service-line";
    public static final String MERGED_TEAM = "merged-team";
    public static final String MERGED_ROLE = "merged-role";
    public static final String LOCALITY = "locality";
    public static final String CONTACT_OUTCOME = "contact-outcome";
    public static final String REFERRAL_REASON = "mhsds-primary-reason-for-referral";
    /** A mapping to this value lets the person's locality choose among the teams of the service line. */
    public static final String BY_LOCALITY = "BY_LOCALITY";

    private final Map<String, CodeList> lists = new HashMap<>();

    private CodeLists() {
    }

    /** The standard lists, with the merged team codes taken from configuration. */
    public static CodeLists standard(Collection<String> mergedTeamCodes) {
        CodeLists lists = new CodeLists();
        lists.add(new CodeList(NHS_ETHNIC_CATEGORY, column("nhs_ethnic_category.csv", "code", null, null)));
        lists.add(new CodeList(PERSON_STATED_GENDER, List.of("1", "2", "9", "X")));
        lists.add(new CodeList(SERVICE_LINE, ServiceLine.names()));
        lists.add(new CodeList(MERGED_ROLE, List.of("SOCIAL_WORKER", "NURSE", "OT", "PSYCHOLOGIST", "SUPPORT_WORKER",
                "CARE_MANAGER", "TEAM_MANAGER")));
        lists.add(new CodeList(LOCALITY, List.of("NORTH", "SOUTH", "CENTRAL", "BOROUGH")));
        lists.add(new CodeList(CONTACT_OUTCOME, List.of("ATTENDED", "ATTENDED_LATE", "ARRIVED_LATE_NOT_SEEN",
                "CANCELLED_BY_PATIENT", "DID_NOT_ATTEND", "CANCELLED_BY_PROVIDER")));
        lists.add(new CodeList(REFERRAL_REASON, column("mhsds_primary_reason_for_referral.csv", "code", null, null)));
        List<String> teams = new ArrayList<>(mergedTeamCodes);
        teams.add(BY_LOCALITY);
        lists.add(new CodeList(MERGED_TEAM, teams));
        for (String field : List.of("Primary_Support_Reason", "Service_Type", "Service_Component", "Delivery_Mechanism",
                "Event_Outcome", "Cost_Frequency_Unit_Type")) {
            lists.add(new CodeList(cld(field), column("cld_code_lists.csv", "value", "field", field, "release", "R2")));
        }
        return lists;
    }

    /** The name of the code list of a CLD field's release-2 values, e.g. {@code cld-Service_Type}. */
    public static String cld(String field) {
        return "cld-" + field;
    }

    public CodeList get(String name) {
        CodeList list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no code list " + name);
        }
        return list;
    }

    private void add(CodeList list) {
        lists.put(list.name(), list);
    }

    private static List<String> column(String resource, String column, String... filters) {
        List<String> values = new ArrayList<>();
        try (InputStream in = CodeLists.class.getResourceAsStream("codelists/" + resource);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                boolean keep = true;
                for (int i = 0; i + 1 < filters.length; i += 2) {
                    keep &= filters[i] == null || filters[i + 1].equals(row.get(filters[i]));
                }
                if (keep) {
                    values.add(row.get(column));
                }
            }
        } catch (IOException | CsvValidationException e) {
            throw new UncheckedIOException(new IOException("bundled code list " + resource + " is unreadable", e));
        }
        return values;
    }
}
