package am.haven.registration;

/** Sex as recorded at registration: {@code F} or {@code M}. */
public enum Sex { F, M }
