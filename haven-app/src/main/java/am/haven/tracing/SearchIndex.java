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
 * <p>It is a cache: rebuilt from registration's read door at start-up, then fed every registration
 * and correction of any instance from the change feed ({@link TracingWorker}). Many
 * searches run at once; additions are serialised.
 */
@org.springframework.stereotype.Component
final class SearchIndex {

    private static final int GIVEN = 0, FAMILY = 1, PATRONYMIC = 2;
    /** How many persons at most go from quick scoring to full scoring. */
    private static final int KEEP = 300;
    /**
     * Postings stop being read once this many persons score above the best any person not yet
     * seen could: a person who could not beat them will not be among the few results. Those
     * scores are full ones: a quick score can be higher than the full one (two query words met by
     * one name, a patronymic matched as a given name), and a bar of quick scores stopped too early.
     */
    private static final int SETTLE = 50;
    /**
     * Distances from the query's birth year, in years, within which {@link Scorer#yearWeight} is
     * at its best at the band's lower end: postings of common words are read band by band.
     */
    private static final int[][] YEAR_BANDS = {{0, Scorer.NEAR_YEARS}, {Scorer.NEAR_YEARS + 1, Scorer.FAR_YEARS},
            {Scorer.FAR_YEARS + 1, Integer.MAX_VALUE}};

    /** A ranked search result. */
    record Hit(String personId, double weight, double probability, List<String> explanation, int unmatchedWords,
               double nameShare, double factsWeight, boolean consentedToTracing) {

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
    private final Postings postings = new Postings();
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
                postings.add(w, slot, years.get(slot));
                postings.splitIfCommon(w, years::get);
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
            int[] counts = queryCounts(q);
            Candidates c = candidates(q, counts, consentedOnly);
            return best(q, counts, c, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * What {@link #search} would answer if it read every posting of every expansion and fully
     * scored every person met: the reference its pruning must agree with. Slow; for tests.
     */
    List<Hit> searchWithoutPruning(NameQuery q, int limit) {
        lock.readLock().lock();
        try {
            int[] counts = queryCounts(q);
            QuickScore quick = new QuickScore(q, counts);
            java.util.Set<Integer> met = new java.util.TreeSet<>();
            for (int i = 0; i < q.words().size(); i++) {
                for (int w : quick.expansions(i)) {
                    IntList slots = postings.all(w);
                    for (int k = 0; k < slots.size(); k++) met.add(slots.get(k));
                }
            }
            List<Hit> hits = new ArrayList<>();
            for (int slot : met) hits.add(hit(q, counts, slot));
            hits.sort(Comparator.comparingDouble(Hit::weight).reversed().thenComparing(Hit::personId));
            return hits.subList(0, Math.min(limit, hits.size()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The persons worth full scoring, with their quick scores: what each query word's expansions
     * give ({@link QuickScore}), without the one-to-one pairing and explanations of {@link Scorer}.
     * Postings are read rarest query word first; after each word, persons not yet seen can at best
     * miss every word read so far and meet every other at its best weight, so once {@link #SETTLE}
     * persons already score above that, the postings of the common words left (a Grigoryan or
     * Harutyunyan holds tens of thousands at 1,000,000) are not read at all. With a birth year,
     * common words are read band by band of {@link #YEAR_BANDS} (born near the year or without one,
     * then 4 to 10 years apart, then further): each band loses more for the year, so the further
     * bands are read only when the bound says their persons might still make the list.
     */
    private Candidates candidates(NameQuery q, int[] counts, boolean consentedOnly) {
        QuickScore quick = new QuickScore(q, counts);
        Scratch s = scratch.get();
        s.begin(ids.size());
        Kept kept = new Kept();
        if (q.phone() != null && byPhone.get(q.phone()) != null) consider(byPhone.get(q.phone()), quick, s, kept, consentedOnly);
        Integer[] order = quick.wordsRarestFirst();
        Integer year = q.birthYear();
        int bands = year == null ? 1 : YEAR_BANDS.length;
        Reading reading = new Reading(bands, order.length);
        for (int b = 0; b < bands; b++) {
            for (int i : order) {
                if (settled(kept, quick.bestUnseen(reading, b, year != null))) break;
                if (reading.read[b][i]) continue;
                for (int w : quick.expansions(i)) {
                    if (year == null || !postings.byYear(w)) {
                        if (!reading.touched[i]) consider(postings.all(w), quick, s, kept, consentedOnly);
                    } else {
                        int[] band = YEAR_BANDS[b];
                        for (IntList slots : postings.years(w, year, band[0], band[1])) consider(slots, quick, s, kept, consentedOnly);
                    }
                }
                reading.touched[i] = true;
                reading.read[b][i] = true;
            }
        }
        return new Candidates(kept.best);
    }

    /**
     * Which postings a query has read: {@code touched[i]}, query word i's expansions that are not
     * kept by year were read whole; {@code read[b][i]}, every person born in year band b who
     * carries an expansion of word i has been seen.
     */
    private record Reading(boolean[] touched, boolean[][] read) {
        Reading(int bands, int words) {
            this(new boolean[words], new boolean[bands][words]);
        }
    }

    // SETTLE persons already score (fully) above the best quick score any person not yet seen could have.
    private static boolean settled(Kept kept, double bestUnseen) {
        return kept.bar.size() >= SETTLE && kept.bar.peek() > bestUnseen;
    }

    /** The candidates kept for full scoring (by quick score), and the SETTLE best full scores seen (the bar). */
    private static final class Kept {
        final PriorityQueue<double[]> best = new PriorityQueue<>(KEEP + 1, Comparator.comparingDouble(a -> a[0]));
        final PriorityQueue<Double> bar = new PriorityQueue<>(SETTLE + 1);

        /** Whether a person with this quick score might raise the bar: only then is its full score computed. */
        boolean raises(double quick) {
            return bar.size() < SETTLE || quick > bar.peek();
        }

        boolean wants(double score) {
            return best.size() < KEEP || score > best.peek()[0];
        }

        void add(double[] candidate) {
            best.add(candidate);
            if (best.size() > KEEP) best.poll();
        }

        void count(double score) {
            if (bar.size() < SETTLE) bar.add(score);
            else if (score > bar.peek()) {
                bar.poll();
                bar.add(score);
            }
        }
    }

    private void consider(IntList slots, QuickScore quick, Scratch s, Kept kept, boolean consentedOnly) {
        for (int k = 0; k < slots.size(); k++) {
            int slot = slots.get(k);
            if (!s.firstSight(slot) || (consentedOnly && consents.get(slot) == 0)) continue;
            int[] codes = names.get(slot);
            double score = quick.of(codes, facts(slot));
            if (kept.raises(score)) kept.count(quick.full(slot));
            if (kept.wants(score)) kept.add(new double[] {score, slot, quick.ceiling(score, codes)});
        }
    }

    private record Candidates(PriorityQueue<double[]> kept) {}

    /**
     * Full scoring in falling order of each candidate's ceiling, until no ceiling left can beat
     * the {@code limit}-th best full score, so a wide candidate list costs only the few persons it
     * takes to settle the top.
     */
    private List<Hit> best(NameQuery q, int[] counts, Candidates c, int limit) {
        List<double[]> order = new ArrayList<>(c.kept());
        order.sort((a, b) -> a[2] != b[2] ? Double.compare(b[2], a[2]) : ids.get((int) a[1]).compareTo(ids.get((int) b[1])));
        PriorityQueue<Hit> top = new PriorityQueue<>(Comparator.comparingDouble(Hit::weight).thenComparing(Hit::personId, Comparator.reverseOrder()));
        for (double[] o : order) {
            if (top.size() >= limit && o[2] < top.peek().weight()) break;
            top.add(hit(q, counts, (int) o[1]));
            if (top.size() > limit) top.poll();
        }
        List<Hit> hits = new ArrayList<>(top);
        hits.sort(Comparator.comparingDouble(Hit::weight).reversed().thenComparing(Hit::personId));
        return hits;
    }

    /**
     * A query's quick score of a person: per query word the best weight among the vocabulary words
     * it expands to that the person carries, {@link Scorer#UNMATCHED_WORD} when none (nothing
     * for a patronymic asked of a person without one, as {@link Scorer} does), plus birth year,
     * sex, origin and phone.
     */
    private final class QuickScore {
        private final NameQuery q;
        private final int[] counts;
        private final List<WordWeights> weights = new ArrayList<>();
        private final double[] top;
        /** Per query word, the best weight among its expansions whose postings are kept by year. */
        private final double[] byYearTop;
        private final double[] bySpelling;
        private final long[] postingsRead;

        QuickScore(NameQuery q, int[] counts) {
            this.q = q;
            this.counts = counts;
            int n = q.words().size();
            top = new double[n];
            byYearTop = new double[n];
            bySpelling = new double[n];
            postingsRead = new long[n];
            for (int i = 0; i < n; i++) {
                List<double[]> expansions = expand(q.words().get(i), counts[i]);
                WordWeights m = new WordWeights(expansions.size());
                for (double[] e : expansions) {
                    m.put((int) e[0], e[1]);
                    top[i] = Math.max(top[i], e[1]);
                    if (postings.byYear((int) e[0])) byYearTop[i] = Math.max(byYearTop[i], e[1]);
                    postingsRead[i] += postings.size((int) e[0]);
                }
                bySpelling[i] = Math.max(0, Scorer.rarity(counts[i], live) * Scorer.Level.CLOSE.share);
                weights.add(m);
            }
        }

        /** The person's full weight, as {@link Scorer} gives it, without the explanation. */
        double full(int slot) {
            return Scorer.weight(q, counts, nameWords(slot), facts(slot), live);
        }

        Integer[] wordsRarestFirst() {
            Integer[] order = new Integer[top.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, Comparator.comparingLong(i -> postingsRead[i]));
            return order;
        }

        int[] expansions(int word) {
            return weights.get(word).words();
        }

        double of(int[] codes, Scorer.Facts facts) {
            double total = 0;
            boolean hasPatronymic = hasPatronymic(codes);
            for (int i = 0; i < top.length; i++) {
                double best = best(i, codes);
                total += best > 0 ? best : missed(i, hasPatronymic);
            }
            return total + Scorer.facts(q, facts, null);
        }

        /** The best weight query word {@code i} earns from any of a person's name codes; 0 when none meets it. */
        private double best(int i, int[] codes) {
            WordWeights m = weights.get(i);
            double best = 0;
            for (int code : codes) best = Math.max(best, m.get(code >>> 2));
            return best;
        }

        private static boolean hasPatronymic(int[] codes) {
            for (int code : codes) if ((code & 3) == PATRONYMIC) return true;
            return false;
        }

        /**
         * The most {@link Scorer} can give a person whose quick score is {@code quick}: a query
         * word no expansion met may still meet a name by spelling similarity alone (two letters
         * apart), at most at {@link Scorer.Level#CLOSE} of its sound family's weight, instead of missing.
         */
        double ceiling(double quick, int[] codes) {
            double c = quick;
            boolean hasPatronymic = hasPatronymic(codes);
            for (int i = 0; i < top.length; i++) {
                if (best(i, codes) == 0) c += bySpelling[i] - missed(i, hasPatronymic);
            }
            return c;
        }

        private double missed(int word, boolean hasPatronymic) {
            return !hasPatronymic && q.words().get(word).patronymicLike() ? 0 : Scorer.UNMATCHED_WORD;
        }

        /**
         * The best quick score of a person born in year band {@code band} not yet seen: the query
         * words whose postings for that band were all read missed, the others met at their best
         * among the expansions not read yet; the band's best birth-year weight ({@code withYear})
         * and the best other facts.
         */
        double bestUnseen(Reading reading, int band, boolean withYear) {
            double names = 0;
            for (int i = 0; i < top.length; i++) {
                double best = reading.read[band][i] ? missed(i, false) : reading.touched[i] ? byYearTop[i] : top[i];
                names += Math.max(best, missed(i, false));
            }
            return names + (withYear ? Scorer.yearWeight(YEAR_BANDS[band][0]) : 0) + Scorer.bestOtherFacts(q);
        }
    }

    /** Weights by vocabulary word, open addressing without boxing: looked up once per name word of every candidate. */
    private static final class WordWeights {
        private final int[] keys;
        private final double[] values;
        private final int[] words;
        private int size;

        WordWeights(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2 + 1) - 1) << 1;
            keys = new int[cap];
            values = new double[cap];
            words = new int[expected];
            java.util.Arrays.fill(keys, -1);
        }

        void put(int word, double weight) {
            int i = slot(word);
            if (keys[i] != word) {
                keys[i] = word;
                words[size++] = word;
            }
            values[i] = weight;
        }

        double get(int word) {
            int i = slot(word);
            return keys[i] == word ? values[i] : 0;
        }

        int[] words() {
            return java.util.Arrays.copyOf(words, size);
        }

        private int slot(int word) {
            int mask = keys.length - 1;
            int i = (word * 0x9E3779B1) >>> 7 & mask;
            while (keys[i] != -1 && keys[i] != word) i = (i + 1) & mask;
            return i;
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
        Scorer.Scored sc = Scorer.score(q, counts, nameWords(slot), facts(slot), live);
        return new Hit(ids.get(slot), sc.weight(), Scorer.probability(sc.weight(), live), sc.explanation(),
                sc.unmatchedWords(), sc.nameShare(), sc.factsWeight(), consents.get(slot) == 1);
    }

    private List<Scorer.NameWord> nameWords(int slot) {
        List<Scorer.NameWord> words = new ArrayList<>();
        for (int code : names.get(slot)) words.add(nameWord(code >>> 2, code & 3));
        return words;
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
        candidates.addAll(vocab.wordsOneTypoFrom(q.folded()));
        if (q.father() != null) candidates.addAll(vocab.wordsOneTypoFrom(q.father()));
        for (int w : candidates) {
            if (w < 0 || weights.containsKey(w) || !postings.known(w)) continue;
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
            postings.remove(code >>> 2, slot, years.get(slot));
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

    /** Per-thread marks of the persons a query has already seen, reused across queries. */
    private static final class Scratch {
        int[] seen = new int[0];
        private int query;

        void begin(int slots) {
            if (seen.length < slots) {
                seen = new int[Math.max(slots, seen.length * 2)];
                query = 0;
            }
            query++;
        }

        /** True the first time a query meets this person. */
        boolean firstSight(int slot) {
            if (seen[slot] == query) return false;
            seen[slot] = query;
            return true;
        }
    }
}
