package vn.doithoai.feedback;

import java.util.Arrays;
import java.util.List;

import vn.doithoai.orgunit.dto.OrgUnitRef;

/**
 * An item's coordinating units (đơn vị phối hợp) as one column of a list row: a correlated subquery per row of the
 * page (a primary-key range of feedback_coordinating_unit), so the list stays one statement.
 */
final class CoordinatingUnits {

    private static final char FIELD = '\u001f';
    private static final char UNIT = '\u001e';

    /** Code and name of each unit, in the units' order, separated by control characters no name contains. */
    static final String SQL_COLUMN = "(select group_concat(concat(cu.code, char(31 using utf8mb4), cu.name) "
            + "order by cu.sort_order, cu.code separator '" + UNIT + "') from feedback_coordinating_unit c "
            + "join org_unit cu on cu.id = c.unit_id where c.feedback_id = f.id)";

    private CoordinatingUnits() {
    }

    static List<OrgUnitRef> parse(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split(String.valueOf(UNIT))).map(u -> {
            int at = u.indexOf(FIELD);
            return new OrgUnitRef(u.substring(0, at), u.substring(at + 1));
        }).toList();
    }
}
