package vn.doithoai.ruling;

/** What the chair concluded on the linked items. */
public enum RulingType {
    /** Giao giải quyết: a lead unit, any coordinating units, a due date. */
    RESOLVE,
    /** Kiến nghị cấp trên: beyond the plan's level; the body, the recommendation sent and, later, its reply. */
    ESCALATE,
    /** Đã giải thích tại hội nghị: the explanation is the ruling's content. */
    EXPLAINED,
    /** Không giải quyết, with the reason. */
    DECLINED;

    /** Rulings that are followed until done. */
    public boolean isFollowedUp() {
        return this == RESOLVE || this == ESCALATE;
    }
}
