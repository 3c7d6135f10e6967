package vn.doithoai.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.doithoai.common.time.Clocks;

/**
 * What the figures are counted over, checked: the bodies (ids, in order), the period (dates in Vietnam, both
 * included) and the plan, if one. Made by {@link StatisticsService#criteria}, which knows the caller's scope.
 */
public record StatisticsCriteria(List<Long> bodies, LocalDate from, LocalDate to, Long planId) {

    /** The first instant of the period. */
    Instant start() {
        return from.atStartOfDay(Clocks.VIETNAM).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
    }

    /** The same bodies and plan, the period one year earlier (year over year). */
    StatisticsCriteria yearEarlier() {
        return new StatisticsCriteria(bodies, from.minusYears(1), to.minusYears(1), planId);
    }
}
