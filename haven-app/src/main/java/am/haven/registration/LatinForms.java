package am.haven.registration;

/** A member's names in Latin script and their search keys, computed once per registration. */
record LatinForms(String given, String family, String patronymic, String givenKey, String familyKey) {

    static LatinForms of(NewMember m) {
        String given = Names.latin(m.givenName());
        String family = Names.latin(m.familyName());
        return new LatinForms(given, family, Names.latin(m.patronymic()), Names.keyOfLatin(given), Names.keyOfLatin(family));
    }
}
