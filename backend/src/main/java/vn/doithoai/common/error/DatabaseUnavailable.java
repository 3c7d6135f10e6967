package vn.doithoai.common.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that means the database could not be reached, or did not answer, in time: no connection free
 * within the pool's acquisition timeout, a connection that could not be opened, a socket that timed out or broke, a
 * statement stopped by the query timeout, a lock waited on for too long. Such a request is answered 503 with
 * Retry-After (the user tries again in a moment) instead of 500 (something is wrong with the request) or a hang.
 */
public final class DatabaseUnavailable {

    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database was out of reach. */
    public static boolean isCause(Throwable failure) {
        return cause(failure).isPresent();
    }

    /** The failure, among {@code failure} and its causes, that says the database was out of reach (for the log). */
    public static Optional<Throwable> cause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (means(t)) {
                return Optional.of(t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (seen.add(suppressed) && means(suppressed)) {
                    return Optional.of(suppressed);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean means(Throwable t) {
        return switch (t) {
            // The driver's socket timeout, a refused or broken connection (SQL state class 08), a failed login.
            case SQLTransientConnectionException e -> true;
            case SQLNonTransientConnectionException e -> true;
            // A statement stopped by the query timeout (MariaDB's max_statement_time).
            case SQLTimeoutException e -> true;
            case SocketTimeoutException e -> true;
            case ConnectException e -> true;
            case JDBCConnectionException e -> true;
            // Hibernate's words for any failure to get a connection for the transaction: the pool had none free in
            // time, a new one could not be opened, or one broke as it joined the transaction (a frozen server).
            case JDBCException e when e.getMessage() != null && e.getMessage().startsWith(NO_CONNECTION) -> true;
            case jakarta.persistence.QueryTimeoutException e -> true;
            case jakarta.persistence.LockTimeoutException e -> true;
            case org.hibernate.exception.LockTimeoutException e -> true;
            case SQLException e -> isConnectionState(e.getSQLState()) || isPoolTimeout(e) || isLockWaitTimeout(e);
            default -> false;
        };
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }

    /** Agroal says so only in words: "Sorry, acquisition timeout!". */
    private static boolean isPoolTimeout(SQLException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    /** MariaDB's "Lock wait timeout exceeded" (1205): a lock another transaction kept too long. */
    private static boolean isLockWaitTimeout(SQLException e) {
        return e.getErrorCode() == 1205;
    }
}
