package vn.doithoai.feedback;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text in the one form it is stored and searched in: lower case, without diacritics (đ → d), words separated by
 * one space. People type on phones without Vietnamese keyboards: "ve sinh moi truong" must find "vệ sinh môi trường".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // đ is a letter of its own, not d with a mark: NFD leaves it alone.
        String plain = MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
