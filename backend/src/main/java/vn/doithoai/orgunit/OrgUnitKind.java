package vn.doithoai.orgunit;

import java.util.EnumSet;
import java.util.Set;

/** What an org unit is, and so under which kinds of unit it may sit. */
public enum OrgUnitKind {
    /** Thị xã, huyện: the district-level administrative unit (gone since 2025; kept for earlier dialogues). */
    TOWN,
    /** Cấp ủy: Thị ủy, Đảng ủy phường/xã. */
    PARTY_COMMITTEE,
    /** Ban xây dựng Đảng: Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ủy ban Kiểm tra. */
    PARTY_BOARD,
    /** Văn phòng cấp ủy: the office that runs the dialogue. */
    PARTY_OFFICE,
    /** Ủy ban nhân dân. */
    PEOPLES_COMMITTEE,
    /** Phòng, ban, đơn vị trực thuộc UBND. */
    DEPARTMENT,
    /** Ủy ban Mặt trận Tổ quốc Việt Nam. */
    FATHERLAND_FRONT,
    /** Đoàn thể chính trị - xã hội: Liên đoàn Lao động, Đoàn Thanh niên, Hội Phụ nữ, Hội Nông dân, Hội Cựu chiến binh. */
    MASS_ORGANISATION,
    /** Công an. */
    POLICE,
    /** Phường. */
    WARD,
    /** Xã. */
    COMMUNE,
    /** Thôn. */
    VILLAGE,
    /** Tổ dân phố. */
    RESIDENTIAL_GROUP;

    private static final Set<OrgUnitKind> LOCAL_LEVELS = EnumSet.of(TOWN, WARD, COMMUNE);

    /** Whether a unit of this kind may sit under a unit of kind {@code parent} (null: at the top of the tree). */
    public boolean mayBeUnder(OrgUnitKind parent) {
        if (parent == null) {
            // Since 2025 communes and wards are the top local level, so they may stand alone too.
            return this == TOWN || this == WARD || this == COMMUNE;
        }
        return switch (this) {
            case TOWN -> false;
            case WARD, COMMUNE -> parent == TOWN;
            case PARTY_COMMITTEE, PEOPLES_COMMITTEE, FATHERLAND_FRONT, MASS_ORGANISATION, POLICE ->
                LOCAL_LEVELS.contains(parent);
            case PARTY_BOARD, PARTY_OFFICE -> parent == PARTY_COMMITTEE;
            case DEPARTMENT -> parent == PEOPLES_COMMITTEE;
            case VILLAGE, RESIDENTIAL_GROUP -> parent == WARD || parent == COMMUNE;
        };
    }
}
