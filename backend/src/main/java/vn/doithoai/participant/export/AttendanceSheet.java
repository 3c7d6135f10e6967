package vn.doithoai.participant.export;

import java.util.List;

/**
 * A sign-in sheet for a dialogue session: participants grouped into sections (e.g. by
 * delegation), each numbered from 1. Strings are already localised; null strings print empty.
 */
public record AttendanceSheet(String issuingBody, String title, String subtitle, List<Section> sections) {

    public AttendanceSheet {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A group of participants under a heading; a blank heading prints no heading row. */
    public record Section(String heading, List<Row> rows) {

        public Section {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** One participant line; the signature column is always left empty. */
    public record Row(String fullName, String position, String place) {
    }
}
