package am.haven.registration;

/**
 * A member's names in Latin script, their search keys (lower-case ASCII, compared by prefix) and
 * their sound keys (compared across scripts), computed once per registration.
 */
record LatinForms(String given, String family, String patronymic, String givenKey, String familyKey,
                  String givenSound, String familySound) {

    static LatinForms of(NewMember m) {
        String given = Names.latin(m.givenName());
        String family = Names.latin(m.familyName());
        return new LatinForms(given, family, Names.latin(m.patronymic()), Names.keyOfLatin(given), Names.keyOfLatin(family),
                Names.sound(given), Names.sound(family));
    }
}
