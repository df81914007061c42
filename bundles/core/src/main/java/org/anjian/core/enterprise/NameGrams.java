package org.anjian.core.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two-character pieces (bigrams) of an enterprise name, the index of the name search. A Chinese name has no
 * spaces, so a word index does not fit, and a trigram index cannot answer the two-character searches that are the
 * most common ("安泰", "化工"); every search term of two or more characters contains at least one bigram, and each
 * enterprise whose name contains the term has all of the term's bigrams. The search looks up the enterprises that
 * have the term's bigrams (an index lookup per bigram) and confirms the whole term with LIKE on those alone.
 * Characters are code points: a character outside the BMP is one character.
 */
public final class NameGrams {
    /** The most bigrams of a term a search looks up: the rest are confirmed by LIKE on the candidates. */
    static final int MAX_LOOKUPS = 3;

    private NameGrams() {
    }

    /** Every distinct bigram of the name (none for a name of one character). */
    public static Set<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        int[] cps = name.strip().codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    /**
     * The bigrams of a search term to look up: none for a term of one character (that search scans), else up to
     * {@link #MAX_LOOKUPS} of them spread over the term (its first, its last and one from the middle).
     */
    public static List<String> lookups(String term) {
        List<String> all = new ArrayList<>(of(term));
        if (all.size() <= MAX_LOOKUPS) {
            return all;
        }
        return List.of(all.get(0), all.get(all.size() / 2), all.get(all.size() - 1));
    }
}
