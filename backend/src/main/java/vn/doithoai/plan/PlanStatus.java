package vn.doithoai.plan;

import java.util.EnumSet;
import java.util.Set;

/** Status of a plan; it moves only by the actions of {@link PlanAction}. */
public enum PlanStatus {
    /** Dự thảo. */
    DRAFT,
    /** Đã trình: waiting for the chair. */
    SUBMITTED,
    /** Đã duyệt. */
    APPROVED,
    /** Đã công bố: readable by everyone. */
    PUBLISHED,
    /** Đã tổ chức. */
    HELD,
    /** Đã kết luận. */
    CONCLUDED,
    /** Đã đóng: every follow-up done. */
    CLOSED,
    /** Đã hủy. */
    CANCELLED;

    /** Readable by anyone. */
    public static final Set<PlanStatus> PUBLIC = EnumSet.of(PUBLISHED, HELD, CONCLUDED, CLOSED);
    /** Before the session: a plan can still be called off. */
    private static final Set<PlanStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, APPROVED, PUBLISHED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The session's date and place may still be set: from the draft until the session is held. */
    public boolean allowsScheduling() {
        return OPEN.contains(this) && this != SUBMITTED;
    }

    /** Preparation tasks are reported on from submission until the dialogue is concluded. */
    public boolean allowsProgress() {
        return this != DRAFT && this != CLOSED && this != CANCELLED;
    }
}
