package am.haven.tracing;

import am.haven.match.normalize.Fold;
import am.haven.match.normalize.Patronymics;
import am.haven.match.normalize.Phones;
import am.haven.match.normalize.Places;
import am.haven.registration.PersonFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Tracing's in-memory name index over every registered person: name words in any field point to
 * the persons carrying them, so free-text queries with parts in any order, in any script, with typos
 * and without a birth date find their candidates; then {@link Scorer} ranks them.
 *
 * <p>It is a cache: rebuilt from registration's read door at start-up and fed each new registration
 * after commit. Many searches run at once; additions are serialised.
 */
@org.springframework.stereotype.Component
final class SearchIndex {

    private static final int GIVEN = 0, FAMILY = 1, PATRONYMIC = 2;

    /** A ranked search result. */
    record Hit(String personId, double weight, double probability, List<String> explanation, int unmatchedWords,
               double nameShare, double factsWeight) {

        /** Every query name met a name of the person, mostly closely, and nothing else contradicts. */
        boolean plausible() {
            return unmatchedWords == 0 && nameShare >= 0.6 && factsWeight >= 0;
        }
    }

    private final Vocabulary vocab = new Vocabulary();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> slotOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> names = new ArrayList<>();
    private final IntList years = new IntList();
    private final IntList sexes = new IntList();
    private final IntList origins = new IntList();
    private final IntList consents = new IntList();
    private final List<String> phoneOf = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final Map<String, Integer> placeIds = new HashMap<>();
    private final List<IntList> postings = new ArrayList<>();
    private final Map<String, IntList> byPhone = new HashMap<>();
    private final Map<String, int[]> folded = new HashMap<>();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private int live;

    /** Adds a person, replacing an earlier entry with the same id. */
    void add(PersonFacts p) {
        lock.writeLock().lock();
        try {
            removeLocked(p.personId());
            int slot = ids.size();
            ids.add(p.personId());
            names.add(resolve(p));
            years.add(p.birthDate() == null ? 0 : Integer.parseInt(p.birthDate().substring(0, 4)));
            sexes.add(p.sex() == null ? 0 : p.sex().name().charAt(0));
            origins.add(placeId(Places.canonical(p.originSettlement())));
            consents.add(p.consentTracing() ? 1 : 0);
            String phone = p.anyPhone() == null ? null : Phones.e164(p.anyPhone(), "AM");
            phoneOf.add(phone);
            if (phone != null) byPhone.computeIfAbsent(phone, k -> new IntList()).add(slot);
            for (int code : names.get(slot)) {
                int w = code >>> 2;
                while (postings.size() <= w) postings.add(new IntList());
                postings.get(w).add(slot);
                vocab.count(w, +1);
            }
            slotOf.put(p.personId(), slot);
            live++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a person; false when not indexed. */
    boolean remove(String personId) {
        lock.writeLock().lock();
        try {
            return removeLocked(personId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean contains(String personId) {
        lock.readLock().lock();
        try {
            return slotOf.containsKey(personId);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best {@code limit} persons for the query, best first; with {@code consentedOnly}, only
     * persons whose household consented to tracing.
     */
    List<Hit> search(NameQuery q, int limit, boolean consentedOnly) {
        if (q.isEmpty()) return List.of();
        lock.readLock().lock();
        try {
            Scratch s = scratch.get();
            s.begin(ids.size());
            int n = q.words().size();
            int[] counts = queryCounts(q);
            for (int i = 0; i < n; i++) {
                int stamp = s.nextStamp();
                for (double[] e : expand(q.words().get(i), counts[i])) {
                    IntList slots = postings.get((int) e[0]);
                    for (int k = 0; k < slots.size(); k++) s.hit(slots.get(k), stamp, (float) e[1]);
                }
            }
            if (q.phone() != null) {
                IntList slots = byPhone.get(q.phone());
                int stamp = s.nextStamp();
                if (slots != null) for (int k = 0; k < slots.size(); k++) s.hit(slots.get(k), stamp, 0f);
            }
            int keep = Math.max(limit * 5, 50);
            PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
            for (int t = 0; t < s.touched.size(); t++) {
                int slot = s.touched.get(t);
                if (ids.get(slot) == null || (consentedOnly && consents.get(slot) == 0)) continue;
                double quick = s.acc[slot] + Scorer.UNMATCHED_WORD * (n - s.count[slot]) + Scorer.facts(q, facts(slot), null);
                best.add(new double[] {quick, slot});
                if (best.size() > keep) best.poll();
            }
            List<Hit> hits = new ArrayList<>(best.size());
            for (double[] b : best) hits.add(hit(q, counts, (int) b[1]));
            hits.sort(Comparator.comparingDouble(Hit::weight).reversed().thenComparing(Hit::personId));
            return hits.subList(0, Math.min(limit, hits.size()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Scores one indexed person against the query; null when the person is not indexed. */
    Hit score(NameQuery q, String personId) {
        lock.readLock().lock();
        try {
            Integer slot = slotOf.get(personId);
            return slot == null ? null : hit(q, queryCounts(q), slot);
        } finally {
            lock.readLock().unlock();
        }
    }

    // How common each query word's sound family is in the population: the weight of loose agreements.
    private int[] queryCounts(NameQuery q) {
        int[] out = new int[q.words().size()];
        for (int i = 0; i < out.length; i++) {
            NameQuery.Word w = q.words().get(i);
            int id = vocab.find(w.folded());
            int k = vocab.keyIdOf(w.key());
            out[i] = Math.max(id < 0 ? 1 : vocab.keyCount(id), k < 0 ? 1 : vocab.countOfKey(k));
        }
        return out;
    }

    private Hit hit(NameQuery q, int[] counts, int slot) {
        List<Scorer.NameWord> words = new ArrayList<>();
        for (int code : names.get(slot)) {
            int w = code >>> 2;
            words.add(nameWord(w, code & 3));
        }
        Scorer.Scored sc = Scorer.score(q, counts, words, facts(slot), live);
        return new Hit(ids.get(slot), sc.weight(), Scorer.probability(sc.weight(), live), sc.explanation(),
                sc.unmatchedWords(), sc.nameShare(), sc.factsWeight());
    }

    private Scorer.NameWord nameWord(int w, int field) {
        return new Scorer.NameWord(vocab.word(w), vocab.key(vocab.keyOf(w)), vocab.group(w), field, vocab.wordCount(w),
                vocab.keyCount(w));
    }

    private Scorer.Facts facts(int slot) {
        int origin = origins.get(slot);
        return new Scorer.Facts(years.get(slot), (char) sexes.get(slot), origin < 0 ? null : places.get(origin),
                phoneOf.get(slot));
    }

    // Vocabulary words a query word may stand for, with the weight each would add, best first.
    private List<double[]> expand(NameQuery.Word q, int queryCount) {
        Map<Integer, Double> weights = new HashMap<>();
        List<Integer> candidates = new ArrayList<>();
        candidates.add(vocab.find(q.folded()));
        if (q.father() != null) candidates.add(vocab.find(q.father()));
        addAll(candidates, vocab.wordsWithKey(q.key()));
        addAll(candidates, vocab.wordsInGroup(q.folded()));
        candidates.addAll(vocab.wordsNearKey(q.key()));
        for (int w : candidates) {
            if (w < 0 || weights.containsKey(w) || w >= postings.size()) continue;
            double best = 0;
            for (int field : q.patronymicLike() ? new int[] {GIVEN, PATRONYMIC} : new int[] {GIVEN}) {
                Scorer.NameWord nw = nameWord(w, field);
                Scorer.Level l = Scorer.level(q, nw);
                if (l != null) best = Math.max(best, Scorer.weight(l, nw, q, queryCount, live));
            }
            if (best > 0) weights.put(w, best);
        }
        List<double[]> out = new ArrayList<>(weights.size());
        weights.forEach((w, x) -> out.add(new double[] {w, x}));
        out.sort((a, b) -> Double.compare(b[1], a[1]));
        return out;
    }

    private static void addAll(List<Integer> to, IntList from) {
        for (int i = 0; i < from.size(); i++) to.add(from.get(i));
    }

    private boolean removeLocked(String personId) {
        Integer slot = slotOf.remove(personId);
        if (slot == null) return false;
        for (int code : names.get(slot)) {
            postings.get(code >>> 2).removeValue(slot);
            vocab.count(code >>> 2, -1);
        }
        String phone = phoneOf.get(slot);
        if (phone != null && byPhone.get(phone) != null) byPhone.get(phone).removeValue(slot);
        ids.set(slot, null);
        names.set(slot, new int[0]);
        live--;
        return true;
    }

    // The person's name words coded as (word id << 2 | field); adds new words to the vocabulary.
    private int[] resolve(PersonFacts p) {
        List<Integer> out = new ArrayList<>();
        addWords(out, p.givenName(), GIVEN, false);
        addWords(out, p.familyName(), FAMILY, false);
        addWords(out, p.patronymic(), PATRONYMIC, true);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addWords(List<Integer> out, String name, int field, boolean patronymic) {
        if (name == null || name.isBlank()) return;
        // Names repeat a great deal; folding (ICU transliteration) is the costly part of adding a person.
        int[] ids = folded.computeIfAbsent((patronymic ? "p:" : "n:") + name, k -> fold(name, patronymic));
        for (int id : ids) out.add(id << 2 | field);
    }

    private int[] fold(String name, boolean patronymic) {
        if (patronymic) {
            String f = Fold.compact(name);
            return f == null ? new int[0] : new int[] {vocab.add(Patronymics.fatherName(f))};
        }
        String words = Fold.words(name);
        if (words == null) return new int[0];
        return java.util.Arrays.stream(words.split(" ")).filter(w -> !w.chars().allMatch(Character::isDigit))
                .mapToInt(vocab::add).toArray();
    }

    private int placeId(String place) {
        if (place == null) return -1;
        return placeIds.computeIfAbsent(place, k -> {
            places.add(k);
            return places.size() - 1;
        });
    }

    /** Per-thread working arrays for one query, reused across queries. */
    private static final class Scratch {
        float[] acc = new float[0];
        byte[] count = new byte[0];
        int[] seen = new int[0];
        int[] mark = new int[0];
        final IntList touched = new IntList();
        private int query;
        private int stamp;

        void begin(int slots) {
            if (acc.length < slots) {
                int n = Math.max(slots, acc.length * 2);
                acc = new float[n];
                count = new byte[n];
                seen = new int[n];
                mark = new int[n];
                query = 0;
                stamp = 0;
            }
            query++;
            touched.clear();
        }

        int nextStamp() {
            return ++stamp;
        }

        // The first (best) weight per query word counts; later, weaker words of the same query word do not.
        void hit(int slot, int wordStamp, float weight) {
            if (seen[slot] != query) {
                seen[slot] = query;
                acc[slot] = 0;
                count[slot] = 0;
                touched.add(slot);
            }
            if (mark[slot] == wordStamp) return;
            mark[slot] = wordStamp;
            acc[slot] += weight;
            if (weight > 0 && count[slot] < 127) count[slot]++;
        }
    }
}
