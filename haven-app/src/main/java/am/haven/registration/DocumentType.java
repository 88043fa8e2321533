package am.haven.registration;

/** Identity documents seen at reception. */
public enum DocumentType {
    ARMENIAN_PASSPORT, ARTSAKH_PASSPORT, RUSSIAN_PASSPORT, ID_CARD, BIRTH_CERTIFICATE, OTHER
}
