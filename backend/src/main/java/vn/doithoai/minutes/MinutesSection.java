package vn.doithoai.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One part of the minutes' text: a heading and its body (plain text, lines kept). */
@Embeddable
public class MinutesSection {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SectionKind kind;

    @Column(nullable = false, length = 500)
    String heading;

    @Column(nullable = false, columnDefinition = "text")
    String body;

    protected MinutesSection() {
    }

    MinutesSection(SectionKind kind, String heading, String body) {
        this.kind = kind;
        this.heading = heading;
        this.body = body;
    }

    public SectionKind kind() {
        return kind;
    }

    public String heading() {
        return heading;
    }

    public String body() {
        return body;
    }
}
