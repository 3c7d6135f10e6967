package vn.doithoai.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.feedback.dto.SimilarItem;
import vn.doithoai.plan.PlanAccess;

/**
 * Items that may be duplicates (ý kiến trùng), suggested while an item is entered and while the office classifies:
 * candidates are the plan's items (not merged into another, not rejected, within the caller's scope), compared on
 * their normalised text, so "Đường liên xã bị ngập khi mưa" finds "duong lien xa ngap nuoc moi khi mua to".
 * <p>
 * The measure: the syllables (less a few function words) and the pairs of neighbouring syllables of each text, each
 * weighted by how rare it is in the plan (a road is named in many items, "ngap" in few), and the share of the smaller
 * text's weight that the two have in common. Shared pairs carry the word order ("lien xa", "khi mua"), which is what
 * tells two reports of one matter from two items that merely share words.
 */
@ApplicationScoped
public class FeedbackSimilarity {

    /** A plan holds hundreds to a few thousand items; beyond this only the newest are compared. */
    static final int MAX_CANDIDATES = 3000;
    /** Below this two texts share words rather than a matter: tuned on the demo plan's 25 items and the tests' pairs. */
    static final double THRESHOLD = 0.35;
    private static final int MAX_SIZE = 20;
    /** Syllables that say nothing of the matter; they still count inside pairs. */
    private static final Set<String> FUNCTION_WORDS = Set.of("va", "cua", "cac", "nhung", "la", "co", "da", "duoc", "cho", "voi",
            "trong", "tai", "bi", "khi", "thi", "de", "nghi", "nay", "o", "mot", "so", "rat", "cung", "con", "chua", "khong", "lam",
            "nen", "tu", "den", "theo", "nhu", "hay", "hoac", "ma", "se", "dang", "nhieu", "moi", "ve", "ra", "vao", "len");

    @Inject
    DataSource dataSource;

    @Inject
    FeedbackAccess access;

    @Inject
    PlanAccess plans;

    @Inject
    FeedbackSearch search;

    @Inject
    FeedbackService feedback;

    /** For a text being entered in a plan. */
    public List<SimilarItem> similarTo(long planId, String text, String size) {
        int limit = limit(size);
        if (SearchText.normalise(text).isEmpty()) {
            throw InvalidInputException.of("text", "feedback.similar-text-required");
        }
        List<Candidate> candidates = candidates(planId, null);
        if (candidates.isEmpty()) {
            requirePlan(planId);
        }
        return rank(SearchText.normalise(text), candidates, limit);
    }

    /** For an item already in: the others of its plan, leaving out itself and the items merged into it. */
    public List<SimilarItem> similarTo(long itemId, String size) {
        int limit = limit(size);
        FeedbackItem item = feedback.require(itemId);
        return rank(SearchText.normalise(item.title + " " + item.content), candidates(item.plan.id(), item.id), limit);
    }

    private static int limit(String size) {
        return Math.min(MAX_SIZE, PageRequest.size(size == null || size.isBlank() ? "5" : size));
    }

    private List<SimilarItem> rank(String text, List<Candidate> candidates, int limit) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Candidate c : candidates) {
            for (String shingle : c.shingles()) {
                documentFrequency.merge(shingle, 1, Integer::sum);
            }
        }
        int n = candidates.size();
        Set<String> query = shingles(text);
        double queryWeight = weight(query, documentFrequency, n);
        record Scored(long id, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            double shared = 0;
            for (String shingle : query) {
                if (c.shingles().contains(shingle)) {
                    shared += idf(documentFrequency.getOrDefault(shingle, 0), n);
                }
            }
            double smaller = Math.min(queryWeight, weight(c.shingles(), documentFrequency, n));
            double score = smaller == 0 ? 0 : shared / smaller;
            if (score >= THRESHOLD) {
                scored.add(new Scored(c.id(), Math.round(score * 1000) / 1000.0));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Comparator.comparingLong(Scored::id).reversed()));
        List<Scored> best = scored.subList(0, Math.min(limit, scored.size()));
        Map<Long, Double> scores = new HashMap<>();
        best.forEach(s -> scores.put(s.id(), s.score()));
        return search.rows(best.stream().map(Scored::id).toList()).stream()
                .map(row -> new SimilarItem(FeedbackViews.of(row, access), scores.get(row.id()))).toList();
    }

    /** Rare shingles weigh more; one the plan does not hold at all weighs most. */
    private static double idf(int df, int n) {
        return Math.log(1 + (n + 1.0) / (df + 1.0));
    }

    private static double weight(Set<String> shingles, Map<String, Integer> documentFrequency, int n) {
        double sum = 0;
        for (String shingle : shingles) {
            sum += idf(documentFrequency.getOrDefault(shingle, 0), n);
        }
        return sum;
    }

    /** The syllables that carry meaning and every pair of neighbouring syllables, of a normalised text. */
    static Set<String> shingles(String normalised) {
        Set<String> shingles = new HashSet<>();
        if (normalised.isEmpty()) {
            return shingles;
        }
        String[] words = normalised.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!FUNCTION_WORDS.contains(words[i])) {
                shingles.add(words[i]);
            }
            if (i > 0 && !(FUNCTION_WORDS.contains(words[i - 1]) && FUNCTION_WORDS.contains(words[i]))) {
                shingles.add(words[i - 1] + " " + words[i]);
            }
        }
        return shingles;
    }

    private record Candidate(long id, Set<String> shingles) {
    }

    /** The plan's items that could be duplicates, newest first and bounded; the caller's scope applies (a ward officer's ward). */
    private List<Candidate> candidates(long planId, Long except) {
        FeedbackAccess.Scope scope = access.scope();
        StringBuilder sql = new StringBuilder("select f.id, f.search_text, f.tracking_code from feedback_item f where f.plan_id = ? "
                + "and f.merged_into_id is null and f.status <> 'REJECTED'");
        List<Object> params = new ArrayList<>(List.of(planId));
        if (scope != null) {
            sql.append(" and ").append(scope.condition());
            params.addAll(scope.params());
        }
        if (except != null) {
            sql.append(" and f.id <> ?");
            params.add(except);
        }
        sql.append(" order by f.precedence desc, f.created_at desc, f.id desc limit ").append(MAX_CANDIDATES);
        List<Candidate> candidates = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    // search_text ends with the tracking code, which no other item shares: leave it out of the comparison.
                    String text = r.getString(2);
                    String code = SearchText.normalise(r.getString(3));
                    if (text.endsWith(code)) {
                        text = text.substring(0, text.length() - code.length()).strip();
                    }
                    candidates.add(new Candidate(r.getLong(1), shingles(text)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("similar feedback: " + e.getMessage(), e);
        }
        return candidates;
    }

    private void requirePlan(long planId) {
        plans.readable(planId);
    }
}
