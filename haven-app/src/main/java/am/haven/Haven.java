package am.haven;
public final class Haven { public static void main(String[] a) {} }
