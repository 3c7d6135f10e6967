package vn.doithoai.plan;

/** Hình thức đối thoại. */
public enum DialogueFormat {
    IN_PERSON, ONLINE, HYBRID
}
