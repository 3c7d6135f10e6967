package vn.doithoai.orgunit;

/** What the caller may do with an org unit now, for the client to offer only what will work. */
public enum OrgUnitAction {
    /** Change its name, kind, order or parent (move it). */
    EDIT,
    /** Add a unit under it (under a retired one too: history may still be completed). */
    ADD_CHILD,
    /** Record that it was merged or abolished, and who carries it on. */
    RETIRE,
    /** Take back a retirement recorded by mistake. */
    REINSTATE,
    /** Say which body it belongs to, or make it shared (the installation's administrator only). */
    SET_OWNER,
    /** Delete it: only a unit without units under it. */
    DELETE
}
