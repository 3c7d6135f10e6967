package vn.doithoai.privacy.contact;

/**
 * Where text messages leave the system (cổng SMS). Which one is used is configuration ({@code doithoai.sms.gateway}):
 * the log for development, or an HTTP provider ({@link HttpSmsGateway}). A send that fails throws, so the caller (the
 * notification outbox) tries again later.
 */
public interface SmsGateway {

    /** Sends {@code text} to the Vietnamese number {@code to} (normalised, 0 and 9–10 digits), or throws. */
    void send(String to, String text);
}
