package vn.doithoai.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * User-facing messages in Vietnamese (the default) or English, chosen by the request's Accept-Language.
 * Bundles: {@code messages.properties} (Vietnamese) and {@code messages_en.properties}.
 */
@ApplicationScoped
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    /** The first supported language the client accepts, Vietnamese when it names none we have. */
    public Locale localeOf(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        return VIETNAMESE;
    }

    /**
     * The same choice from a raw Accept-Language header, for answers given before a request reaches JAX-RS (the HTTP
     * edge's 413, 414, 431); a header that cannot be read counts as none.
     */
    public Locale localeOf(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-", 2)[0];
                    for (Locale supported : SUPPORTED) {
                        if (supported.getLanguage().equalsIgnoreCase(language)) {
                            return supported;
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                // not a list of language ranges: the default language
            }
        }
        return VIETNAMESE;
    }

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Enum values are named in the user's language: key "enum.<Type>.<VALUE>".
            shown[i] = switch (args[i]) {
                case Enum<?> e -> get(locale, "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
                // Dates the way each language writes them: 25/11/2022, 25 Nov 2022.
                case java.time.LocalDate d -> d.format(java.time.format.DateTimeFormatter.ofPattern(
                        locale.getLanguage().equals("vi") ? "dd/MM/yyyy" : "d MMM yyyy", locale));
                case null, default -> args[i];
            };
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    // Without this, a JVM running in an English locale would answer Vietnamese clients in English.
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
