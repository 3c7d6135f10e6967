package vn.doithoai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A group of the participant composition (thành phần), by level, with the number aimed for. */
@Entity
@Table(name = "plan_composition_group")
public class CompositionGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    @Column(nullable = false)
    int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ParticipantLevel level;

    @Column(nullable = false, columnDefinition = "text")
    String description;

    @Column(name = "target_count")
    Integer targetCount;

    protected CompositionGroup() {
    }

    CompositionGroup(Plan plan) {
        this.plan = plan;
    }

    public Long id() {
        return id;
    }

    public ParticipantLevel level() {
        return level;
    }

    public String description() {
        return description;
    }

    public Integer targetCount() {
        return targetCount;
    }
}
