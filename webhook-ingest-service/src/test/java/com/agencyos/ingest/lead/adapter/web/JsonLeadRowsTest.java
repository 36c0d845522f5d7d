package com.agencyos.ingest.lead.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.platform.web.ApiProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLeadRowsTest {

    static List<ImportRow> rows(String json) {
        List<ImportRow> rows = new ArrayList<>();
        new JsonLeadRows(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void eachElementOfTheArrayIsOneRow() {
        var rows = rows("[{\"email\":\"a@b.co\"}, 42, {\"email\":\"c@b.co\",\"customFields\":{\"x\":\"y\"}}]");
        assertThat(rows).extracting(ImportRow::row).containsExactly(1, 2, 3);
        assertThat(new String(rows.get(0).json(), StandardCharsets.UTF_8)).isEqualTo("{\"email\":\"a@b.co\"}");
        assertThat(rows.get(1).unreadable()).isEqualTo("is not a JSON object");
        assertThat(rows.get(2).json()).isNotNull();
    }

    @Test
    void jsonThatBreaksMidArrayEndsTheImportThere() {
        var rows = rows("[{\"email\":\"a@b.co\"}, {\"email\": ]");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unreadable()).startsWith("is not valid JSON");
        assertThat(rows("[{\"email\":\"a@b.co\"}] []").get(1).unreadable()).isEqualTo("content follows the array");
    }

    @Test
    void aBodyThatIsNotAnArrayIsABadRequest() {
        for (String json : new String[] {"{\"email\":\"a@b.co\"}", "", "nope"}) {
            assertThat(catchThrowableOfType(ApiProblem.class, () -> rows(json)).type().toString()).as(json).endsWith("/malformed-json");
        }
    }
}
