package org.carebridge.staging;

import org.springframework.boot.test.context.SpringBootTest;

/** The staging contract on the production target, a real PostgreSQL 15 on 127.0.0.1:5432. */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.staging.chunk-size=50"})
class StagingOnPostgresTest extends StagingJobContract {

    @Override
    void failOnceOnInsert(String stagingTable, long rowNo) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_fault (row_no BIGINT)");
        jdbc.update("DELETE FROM test_fault");
        jdbc.update("INSERT INTO test_fault VALUES (?)", rowNo);
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION test_fail_once() RETURNS trigger AS $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM test_fault WHERE row_no = NEW.row_no) THEN
                    DELETE FROM test_fault;
                    RAISE EXCEPTION 'injected fault: insert refused';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("DROP TRIGGER IF EXISTS fail_once ON " + stagingTable);
        jdbc.execute("CREATE TRIGGER fail_once BEFORE INSERT ON " + stagingTable
                + " FOR EACH ROW EXECUTE FUNCTION test_fail_once()");
    }

    @Override
    void removeFault() {
        jdbc.execute("DROP TRIGGER IF EXISTS fail_once ON stg_council_case_notes");
        jdbc.execute("DROP TABLE IF EXISTS test_fault");
    }
}
