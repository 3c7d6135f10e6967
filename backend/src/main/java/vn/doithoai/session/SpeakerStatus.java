package vn.doithoai.session;

import java.util.EnumSet;
import java.util.Set;

/** Where a speaker is in the speaking order. */
public enum SpeakerStatus {
    /** Chờ phát biểu. */
    WAITING,
    /** Đang phát biểu. */
    SPEAKING,
    /** Đã phát biểu. */
    DONE,
    /** Không phát biểu (absent, or withdrew). */
    SKIPPED;

    /** The moves the office may make: back to waiting only from skipped (they came after all). */
    public boolean canMoveTo(SpeakerStatus next) {
        return switch (this) {
            case WAITING -> next != WAITING;
            case SPEAKING -> EnumSet.of(DONE, SKIPPED).contains(next);
            case DONE -> false;
            case SKIPPED -> next == WAITING;
        };
    }

    static final Set<SpeakerStatus> FINISHED = EnumSet.of(DONE, SKIPPED);
}
