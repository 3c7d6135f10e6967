package vn.doithoai.orgunit;

import java.util.EnumSet;
import java.util.Set;

/** What an org unit is, and so under which kinds of unit it may sit. */
public enum OrgUnitKind {
    /** Tỉnh, thành phố trực thuộc trung ương: since 2025 the level right above communes and wards. */
    PROVINCE,
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

    /** Administrative areas: a province, a town (until 2025), a ward or a commune. */
    public static final Set<OrgUnitKind> LOCALITIES = Set.copyOf(EnumSet.of(PROVINCE, TOWN, WARD, COMMUNE));
    /** The commune level: wards and communes, the areas of ward officers. */
    public static final Set<OrgUnitKind> WARDS = Set.copyOf(EnumSet.of(WARD, COMMUNE));
    /** Villages and residential groups, within a ward or commune. */
    public static final Set<OrgUnitKind> VILLAGES = Set.copyOf(EnumSet.of(VILLAGE, RESIDENTIAL_GROUP));
    /** Where people live: wards, communes and what lies within them. */
    public static final Set<OrgUnitKind> WARDS_AND_VILLAGES = Set.copyOf(EnumSet.of(WARD, COMMUNE, VILLAGE, RESIDENTIAL_GROUP));
    /** Places, not bodies: they answer nothing and hold nothing. */
    public static final Set<OrgUnitKind> PLACES = Set.copyOf(EnumSet.of(PROVINCE, TOWN, WARD, COMMUNE, VILLAGE, RESIDENTIAL_GROUP));
    /** The Party's: its committees, their boards and offices. */
    public static final Set<OrgUnitKind> PARTY = Set.copyOf(EnumSet.of(PARTY_COMMITTEE, PARTY_BOARD, PARTY_OFFICE));

    /** The kinds that hold dialogues as bodies (cơ quan tổ chức đối thoại): a committee of the Party or of the People. */
    public static final Set<OrgUnitKind> BODIES = Set.copyOf(EnumSet.of(PARTY_COMMITTEE, PEOPLES_COMMITTEE));

    /**
     * Whether a unit of this kind, merged or abolished, may be carried on by one of kind {@code successor}: a ward or
     * commune by a ward or commune, a town (gone in 2025) by a ward or commune that took it over, a village by a village
     * or residential group, a mass organisation by the Fatherland Front it joined in 2025; anything else by its own kind.
     */
    public boolean mayMergeInto(OrgUnitKind successor) {
        return switch (this) {
            case TOWN -> successor == TOWN || WARDS.contains(successor);
            case WARD, COMMUNE -> WARDS.contains(successor);
            case VILLAGE, RESIDENTIAL_GROUP -> VILLAGES.contains(successor);
            case MASS_ORGANISATION -> successor == MASS_ORGANISATION || successor == FATHERLAND_FRONT;
            default -> successor == this;
        };
    }

    /** Whether a unit of this kind may sit under a unit of kind {@code parent} (null: at the top of the tree). */
    public boolean mayBeUnder(OrgUnitKind parent) {
        if (parent == null) {
            // Since 2025 communes and wards are the top local level, so they may stand alone too.
            return this == PROVINCE || this == TOWN || this == WARD || this == COMMUNE;
        }
        return switch (this) {
            case PROVINCE -> false;
            // A town (gone since 2025) under its province, kept for earlier dialogues.
            case TOWN -> parent == PROVINCE;
            case WARD, COMMUNE -> parent == PROVINCE || parent == TOWN;
            case PARTY_COMMITTEE, PEOPLES_COMMITTEE, FATHERLAND_FRONT, MASS_ORGANISATION, POLICE ->
                LOCALITIES.contains(parent);
            case PARTY_BOARD, PARTY_OFFICE -> parent == PARTY_COMMITTEE;
            case DEPARTMENT -> parent == PEOPLES_COMMITTEE;
            case VILLAGE, RESIDENTIAL_GROUP -> parent == WARD || parent == COMMUNE;
        };
    }
}
