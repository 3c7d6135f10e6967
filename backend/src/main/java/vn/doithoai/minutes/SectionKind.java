package vn.doithoai.minutes;

/** What a section of the minutes is about; assembly writes them in this order, the office may add OTHER ones. */
public enum SectionKind {
    /** Thời gian, địa điểm. */
    OPENING,
    /** Thành phần tham dự. */
    ATTENDANCE,
    /** Nội dung, chương trình. */
    AGENDA,
    /** One speaker: what they raised and the answers. */
    SPEAKER,
    /** Answers not given to a particular speaker. */
    ANSWERS,
    /** Kết luận của chủ trì hội nghị: left empty by assembly, filled by the office as the chair speaks. */
    CONCLUSION,
    /** Giờ kết thúc; the minutes read out. */
    CLOSING,
    OTHER
}
