package am.haven.match.synth;

/** A person's true attributes, before any registration renders (and corrupts) them. */
final class Person {
    /** How much of the birth date the person (or the clerk) knows. */
    enum BirthKnown { FULL, YEAR, NONE }

    String entity;
    String[] given;       // {hy, ru}
    String[] surname;     // {hy, ru}
    String[] father;      // father's given {hy, ru}, or null when unknown
    boolean male;
    int year, month, day;
    BirthKnown birth = BirthKnown.FULL;
    String phone;         // national significant number, 8 digits, or null when the person has none
    String document;      // e.g. AM1234567, or null
    int place;
}
