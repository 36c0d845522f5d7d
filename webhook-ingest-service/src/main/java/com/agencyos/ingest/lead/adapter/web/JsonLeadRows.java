package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON array of lead bodies one element at a time, so a 10,000-row import is never held whole. A body that
 * is not an array is a 400 before anything is read; JSON that breaks mid-array ends the import at that element,
 * which is reported as rejected.
 */
final class JsonLeadRows implements Iterator<ImportRow> {

    // Elements are read one at a time from one parser: what follows an element is the rest of the array, not trailing junk.
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final JsonParser parser;
    private int row;
    private boolean finished;
    private ImportRow pending;

    JsonLeadRows(InputStream input) {
        try {
            parser = JSON.createParser(input);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ApiProblem.badRequest("malformed-json", "An import body must be a JSON array of leads.");
            }
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        int index = row + 1;
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                    pending = ImportRow.unreadable(index, "content follows the array");
                    return true;
                }
                return false;
            }
            JsonNode element = JSON.readTree(parser);
            pending = element.isObject() ? ImportRow.of(index, JSON.writeValueAsBytes(element))
                    : ImportRow.unreadable(index, "is not a JSON object");
        } catch (JacksonException e) {
            finished = true;
            pending = ImportRow.unreadable(index, "is not valid JSON: " + e.getOriginalMessage() + "; the import stops here");
        }
        return true;
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        row = pending.row();
        ImportRow next = pending;
        pending = null;
        return next;
    }
}
