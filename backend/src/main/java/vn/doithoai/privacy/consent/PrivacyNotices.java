package vn.doithoai.privacy.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import vn.doithoai.privacy.consent.dto.PrivacyNoticeView;

/**
 * The versions of the privacy notice, as resource files privacy/notice-1.properties, notice-2... . The newest is the one
 * the forms show; older ones stay, since a consent is worth what its person was told.
 */
@ApplicationScoped
public class PrivacyNotices {

    private final Map<Integer, Properties> versions = new ConcurrentHashMap<>();

    /** The newest version. */
    public int current() {
        int v = 1;
        while (load(v + 1) != null) {
            v++;
        }
        return v;
    }

    public boolean exists(int version) {
        return version >= 1 && load(version) != null;
    }

    public PrivacyNoticeView view(int version, Locale locale) {
        Properties p = load(version);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "vi";
        List<PrivacyNoticeView.Purpose> purposes = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            purposes.add(new PrivacyNoticeView.Purpose(purpose, p.getProperty(lang + ".purpose." + purpose + ".label"),
                    p.getProperty(lang + ".purpose." + purpose + ".description")));
        }
        return new PrivacyNoticeView(version, lang, p.getProperty(lang + ".title"), p.getProperty(lang + ".controller"),
                p.getProperty(lang + ".retention"), p.getProperty(lang + ".rights"), purposes);
    }

    private Properties load(int version) {
        return versions.computeIfAbsent(version, v -> {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("privacy/notice-" + v + ".properties")) {
                if (in == null) {
                    return null;
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return p;
            } catch (IOException e) {
                throw new IllegalStateException("privacy notice " + v + " unreadable", e);
            }
        });
    }
}
