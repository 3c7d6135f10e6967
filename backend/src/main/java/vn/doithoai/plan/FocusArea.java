package vn.doithoai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A focus area of the dialogue (nội dung trọng tâm). Its id stays when the plan is edited or reordered. */
@Entity
@Table(name = "plan_focus_area")
public class FocusArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    @Column(nullable = false)
    int position;

    @Column(nullable = false, length = 1000)
    String title;

    protected FocusArea() {
    }

    FocusArea(Plan plan) {
        this.plan = plan;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }
}
