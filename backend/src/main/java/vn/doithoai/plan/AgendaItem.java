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

/** An item of the session's agenda (chương trình) with the role responsible for it. */
@Entity
@Table(name = "plan_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    @Column(nullable = false)
    int position;

    @Column(nullable = false, columnDefinition = "text")
    String title;

    String responsible;

    protected AgendaItem() {
    }

    AgendaItem(Plan plan) {
        this.plan = plan;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String responsible() {
        return responsible;
    }
}
