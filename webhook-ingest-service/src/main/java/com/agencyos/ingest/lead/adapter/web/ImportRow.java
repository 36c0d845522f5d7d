package com.agencyos.ingest.lead.adapter.web;

/**
 * One row of an import, as the lead body's JSON (what is stored as the receipt's raw body and hashed for dedup), or
 * the reason it could not be read.
 *
 * @param row the 1-based row number after the CSV header, or the 1-based index in the JSON array
 */
record ImportRow(int row, byte[] json, String unreadable) {

    static ImportRow of(int row, byte[] json) {
        return new ImportRow(row, json, null);
    }

    static ImportRow unreadable(int row, String reason) {
        return new ImportRow(row, null, reason);
    }
}
