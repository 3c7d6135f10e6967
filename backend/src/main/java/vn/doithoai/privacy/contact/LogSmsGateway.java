package vn.doithoai.privacy.contact;

import org.jboss.logging.Logger;

/** Development's gateway: the message is written to the log and counts as sent, so no provider is needed to try the app. */
final class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class);

    @Override
    public void send(String to, String text) {
        LOG.infof("SMS (log gateway; nothing leaves the machine) to %s: %s", to, text);
    }
}
