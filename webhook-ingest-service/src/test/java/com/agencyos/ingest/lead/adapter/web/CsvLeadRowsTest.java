package com.agencyos.ingest.lead.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.platform.web.ApiProblem;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLeadRowsTest {

    static List<ImportRow> rows(String csv) {
        List<ImportRow> rows = new ArrayList<>();
        new CsvLeadRows(new BufferedReader(new StringReader(csv))).forEachRemaining(rows::add);
        return rows;
    }

    static String json(ImportRow row) {
        return new String(row.json(), StandardCharsets.UTF_8);
    }

    @Test
    void anApolloExportBecomesLeadBodiesWithFirmographicsAndCustomFields() {
        var rows = rows("\uFEFFFirst Name,Last Name,Title,Company,Email,Person Linkedin Url,# Employees,Industry,Country,Hiring,"
                + "Latest Funding Date,Employment Start Date,Campaign Id,Seniority\r\n"
                + "Jo,Bloggs,\"Managing Director, Sales\",Acme,jo@acme.com.au,https://linkedin.com/in/jo,\"1,200\",Construction,AU,yes,"
                + "2026-03-01,2024-07-15,,Owner\r\n"
                + "\"Sam \"\"The Plumber\"\"\",Lee,,Globex,sam@globex.com,,,,,,,,,\r\n");
        assertThat(rows).hasSize(2);
        assertThat(json(rows.get(0))).isEqualTo("{\"firstName\":\"Jo\",\"lastName\":\"Bloggs\",\"title\":\"Managing Director, "
                + "Sales\",\"companyName\":\"Acme\",\"email\":\"jo@acme.com.au\",\"linkedinUrl\":\"https://linkedin.com/in/jo\","
                + "\"employeeCount\":1200,\"industry\":\"Construction\",\"country\":\"AU\",\"hiring\":true,"
                + "\"latestFundingDate\":\"2026-03-01\",\"employmentStartDate\":\"2024-07-15\",\"customFields\":{\"Seniority\":\"Owner\"}}");
        assertThat(json(rows.get(1))).contains("\"firstName\":\"Sam \\\"The Plumber\\\"\"");
        assertThat(rows.get(1).row()).isEqualTo(2);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsUnreadableAndTheNextRowsStillCount() {
        var rows = rows("email,first name\na@b.co,A\nb@b.co\n\nc@b.co,C\n");
        assertThat(rows).extracting(ImportRow::row).containsExactly(1, 2, 3);
        assertThat(rows.get(1).unreadable()).isEqualTo("has 1 fields; the header has 2");
        assertThat(rows.get(2).json()).isNotNull();
    }

    @Test
    void anUnclosedQuoteEndsTheImportAtThatRow() {
        var rows = rows("email\na@b.co\n\"b@b.co\nc@b.co\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unreadable()).isEqualTo("a quoted field is never closed");
    }

    @Test
    void aHeaderWithoutAnEmailColumnOrNoHeaderIsABadRequest() {
        for (String csv : new String[] {"name,company\nJo,Acme\n", "", "\"email\n"}) {
            assertThat(catchThrowableOfType(ApiProblem.class, () -> rows(csv)).type().toString()).as(csv).endsWith("/malformed-csv");
        }
    }
}
