package org.carebridge.legacy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.api.Test;

/** Reading only the rows whose key a filter wants: every other row counted, never lost, never split. */
class CsvTableReaderKeyFilterTest {

    private static final String HEADER = "TEAM_CODE,TEAM_NAME,SERVICE_AREA,LOCALITY,ACTIVE";
    private static final Predicate<String> NORTH_ONLY = "NORTH"::equals;

    private static CsvTableReader open(byte[] bytes) {
        return CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEAMS.csv", new ByteArrayInputStream(bytes));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Read(List<SourceRow> rows, List<Boolean> passedOver, long rowsRead) {
    }

    private static Read filtered(byte[] bytes, Predicate<String> wanted) {
        try (CsvTableReader reader = open(bytes)) {
            List<SourceRow> rows = new ArrayList<>();
            List<Boolean> passed = new ArrayList<>();
            for (SourceRow row; (row = reader.next("LOCALITY", wanted)) != null; ) {
                rows.add(row);
                passed.add(reader.passedOver(row));
            }
            return new Read(rows, passed, reader.rowsRead());
        }
    }

    private static List<SourceRow> unfiltered(byte[] bytes) {
        try (CsvTableReader reader = open(bytes)) {
            List<SourceRow> rows = new ArrayList<>();
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void rowsWhoseKeyTheFilterRefusesArePassedOverAndCountedTheRestAreSplitAsNextSplitsThem() {
        byte[] file = utf8(HEADER + "\nT01,North,OP,NORTH,Y\nT02,South,OP,SOUTH,Y\nT03,North two,LD,NORTH,N\n");

        Read read = filtered(file, NORTH_ONLY);

        assertThat(read.passedOver()).containsExactly(false, true, false);
        assertThat(read.rowsRead()).isEqualTo(3);
        List<SourceRow> all = unfiltered(file);
        assertThat(read.rows().get(0)).isEqualTo(all.get(0));
        assertThat(read.rows().get(2)).isEqualTo(all.get(2));
    }

    @Test
    void theKeyIsFoundByHeaderNameWhereverItStandsAmongIgnoredColumnsAndCrlfLineEnds() {
        byte[] file = utf8("ACTIVE,TEAM_NAME,EXTRA,TEAM_CODE,SERVICE_AREA,LOCALITY\r\n"
                + "Y,North,x,T01,OP,NORTH\r\nY,South,x,T02,OP,SOUTH\r\nN,Nowhere,x,T03,OP,\r\n");
        List<String> offered = new ArrayList<>();

        Read read = filtered(file, key -> {
            offered.add(key);
            return NORTH_ONLY.test(key);
        });

        assertThat(offered).containsExactly("NORTH", "SOUTH", null);
        assertThat(read.passedOver()).containsExactly(false, true, true);
        assertThat(read.rows().get(0)).isEqualTo(unfiltered(file).get(0));
    }

    @Test
    void aRecordWhoseQuotedLinesComeAfterItsKeyIsJudgedByTheKeyAlone() {
        byte[] file = utf8("LOCALITY,TEAM_CODE,TEAM_NAME,SERVICE_AREA,ACTIVE\n"
                + "SOUTH,T01,\"Two\nlines\",OP,Y\nNORTH,T02,\"Two\nlines\",OP,Y\n");

        Read read = filtered(file, NORTH_ONLY);

        assertThat(read.passedOver()).containsExactly(true, false);
        assertThat(read.rows().get(1)).isEqualTo(unfiltered(file).get(1));
        assertThat(read.rows().get(1).value("TEAM_NAME")).isEqualTo("Two\nlines");
    }

    @Test
    void anEmptyKeyIsOfferedToTheFilterAsNull() {
        List<String> offered = new ArrayList<>();

        filtered(utf8(HEADER + "\nT01,North,OP,,Y\n"), key -> {
            offered.add(key);
            return false;
        });

        assertThat(offered).containsExactly((String) null);
    }

    @Test
    void aRowWithAQuoteBeforeItsKeyIsSplitWhateverTheFilterWouldSay() {
        byte[] file = utf8(HEADER + "\nT02,\"South, east\",OP,SOUTH,Y\n");

        Read read = filtered(file, NORTH_ONLY);

        assertThat(read.passedOver()).containsExactly(false);
        assertThat(read.rows().get(0).value("TEAM_NAME")).isEqualTo("South, east");
        assertThat(read.rows().get(0).value("LOCALITY")).isEqualTo("SOUTH");
    }

    @Test
    void brokenRowsComeBackBrokenEvenWhenTheFilterWouldRefuseTheirKey() {
        byte[] good = utf8(HEADER + "\nT02,South,OP,SOUTH,Y,EXTRA\nT03,So");
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = utf8("th,OP,SOUTH,Y\n");
        byte[] file = new byte[good.length + bad.length + tail.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);
        System.arraycopy(tail, 0, file, good.length + bad.length, tail.length);

        Read read = filtered(file, NORTH_ONLY);

        assertThat(read.passedOver()).containsExactly(false, false);
        assertThat(read.rows()).extracting(row -> row.defect().rule())
                .containsExactly(FormatRule.CSV_FIELD_COUNT, FormatRule.INVALID_ENCODING);
    }

    @Test
    void overAnyMixOfRowsEveryRowIsEitherPassedOverWithARefusedKeyOrExactlyWhatNextGives() {
        Random random = new Random(17);
        String[] localities = {"NORTH", "SOUTH", "", "NORTH ", "north"};
        int passedOver = 0;
        int splitNorth = 0;
        String[] names = {"Plain", "\"Quoted, with comma\"", "\"Two\nlines\"", "", "\"Say \"\"hi\"\"\""};
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < 40; i++) {
                String locality = localities[random.nextInt(localities.length)];
                if (random.nextInt(10) == 0) {
                    locality = "\"" + locality + "\"";
                }
                text.append('T').append(i).append(',').append(names[random.nextInt(names.length)]).append(",OP,")
                        .append(locality).append(random.nextInt(15) == 0 ? "" : ",Y").append('\n');
                if (random.nextInt(20) == 0) {
                    text.append('\n');
                }
            }
            byte[] file = utf8(text.toString());

            List<String> offered = new ArrayList<>();
            Read read = filtered(file, key -> {
                offered.add(key);
                return NORTH_ONLY.test(key);
            });
            List<SourceRow> all = unfiltered(file);

            // every key the filter saw is the key a full split gives, in file order
            List<String> keysOfUnbrokenRows = new ArrayList<>();
            all.stream().filter(row -> !row.isBroken()).forEach(row -> keysOfUnbrokenRows.add(row.value("LOCALITY")));
            assertThat(keysOfUnbrokenRows).containsSubsequence(offered);
            assertThat(read.rows()).hasSameSizeAs(all);
            assertThat(read.rowsRead()).isEqualTo(all.size());
            for (int i = 0; i < all.size(); i++) {
                if (read.passedOver().get(i)) {
                    passedOver++;
                    assertThat(all.get(i).isBroken()).isFalse();
                    assertThat(all.get(i).value("LOCALITY")).isNotEqualTo("NORTH");
                } else {
                    assertThat(read.rows().get(i)).isEqualTo(all.get(i));
                    splitNorth += "NORTH".equals(all.get(i).isBroken() ? null : all.get(i).value("LOCALITY")) ? 1 : 0;
                }
            }
        }
        assertThat(passedOver).as("rows passed over").isGreaterThan(500);
        assertThat(splitNorth).as("wanted rows split").isGreaterThan(200);
    }
}
