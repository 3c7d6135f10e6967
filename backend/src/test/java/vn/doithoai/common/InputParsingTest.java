package vn.doithoai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;

/** Paging parameters and If-Match values, parsed without a server. */
class InputParsingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "null,null,20", "' ',' ',20", "null,100,100", "null, 1 ,1" })
    void pagesHaveSaneDefaultsAndBounds(String after, String size, int expectedSize) {
        PageRequest request = PageRequest.parse(after, size);
        assertEquals(0, request.offset());
        assertEquals(expectedSize, request.size());
    }

    @Test
    void theNextPageStartsWhereTheCursorSays() {
        PageRequest first = PageRequest.parse(null, "3");
        var page = Page.of(List.of("a", "b", "c"), first, 7);
        PageRequest second = PageRequest.parse(page.nextCursor(), "3");
        assertEquals(3, second.offset());
        var last = Page.of(List.of("g"), PageRequest.parse(Page.of(List.of("d", "e", "f"), second, 7).nextCursor(), "3"), 7);
        assertEquals(null, last.nextCursor());
        assertEquals(7L, last.totalItems());
    }

    @Test
    void everyBadPagingParameterIsNamed() {
        var e = assertThrows(InvalidInputException.class, () -> PageRequest.parse("not-ours", "101"));
        assertEquals(List.of("size", "after"), e.violations().stream().map(InvalidInputException.Violation::field).toList());
        var notNumbers = assertThrows(InvalidInputException.class, () -> PageRequest.parse(null, "2.5"));
        assertEquals(List.of("validation.not-a-number"),
                notNumbers.violations().stream().map(InvalidInputException.Violation::messageKey).toList());
    }

    @ParameterizedTest
    @CsvSource({ "'\"7\"',7", "'W/\"7\"',7", "' \"12\" ',12" })
    void ifMatchCarriesTheVersionRead(String header, long version) {
        assertEquals(version, Versions.expected(header));
    }

    @ParameterizedTest
    @ValueSource(strings = { "7", "\"seven\"", "\"\"", "W/", "**" })
    void anIfMatchThatIsNotOursIsBadInput(String header) {
        assertThrows(InvalidInputException.class, () -> Versions.expected(header));
    }

    @Test
    void ifMatchStarMatchesAnyVersion() {
        long any = Versions.expected("*");
        Versions.check(any, 0);
        Versions.check(any, 41);
    }

    @Test
    void aMissingIfMatchIsAPreconditionRequired() {
        var e = assertThrows(DomainException.class, () -> Versions.expected(null));
        assertEquals(ProblemKind.PRECONDITION_REQUIRED, e.kind());
        var stale = assertThrows(DomainException.class, () -> Versions.check(3, 4));
        assertEquals(ProblemKind.PRECONDITION_FAILED, stale.kind());
    }
}
