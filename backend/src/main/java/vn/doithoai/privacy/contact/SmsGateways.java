package vn.doithoai.privacy.contact;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one SMS gateway of the installation, as configured: {@code doithoai.sms.gateway=log} (the default) or {@code http}. */
@ApplicationScoped
class SmsGateways {

    @ConfigProperty(name = "doithoai.sms.gateway", defaultValue = "log")
    String gateway;

    @ConfigProperty(name = "doithoai.sms.http.url")
    Optional<URI> url;

    /** One header with the provider's credentials, "Name: value". */
    @ConfigProperty(name = "doithoai.sms.http.auth-header")
    Optional<String> authHeader;

    @ConfigProperty(name = "doithoai.sms.http.body-template", defaultValue = "{\"to\":\"{to}\",\"text\":\"{text}\"}")
    String bodyTemplate;

    @ConfigProperty(name = "doithoai.sms.http.content-type", defaultValue = "application/json")
    String contentType;

    @ConfigProperty(name = "doithoai.sms.http.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        return switch (gateway) {
            case "log" -> new LogSmsGateway();
            case "http" -> new HttpSmsGateway(url.orElseThrow(() -> new IllegalStateException(
                    "doithoai.sms.gateway=http needs doithoai.sms.http.url")), authHeader, bodyTemplate, contentType, timeout);
            default -> throw new IllegalStateException("doithoai.sms.gateway is log or http, not " + gateway);
        };
    }
}
