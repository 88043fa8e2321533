package am.haven.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A file encrypted with a passphrase, in chunks, so a backup of any size is written and read in
 * constant memory. The key comes from the passphrase through Argon2id (BouncyCastle; 64 MiB, 3
 * passes), a memory-hard function, so a stolen backup resists guessing. Each 1 MiB chunk is sealed
 * with AES-256-GCM under a nonce made of a random prefix and the chunk's number, and the last chunk
 * is marked in its associated data: a chunk changed, reordered, dropped or cut off at the end fails
 * to open (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár).
 *
 * <p>Written by hand because the JDK's GCM holds a whole message in memory to check it, and no
 * library the project uses offers chunked authenticated encryption of a stream.
 */
final class SealedFile {

    private static final byte[] MAGIC = "HAVENBK1".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 20;
    private static final int MEMORY_KIB = 64 * 1024, PASSES = 3;

    /** The passphrase was wrong, or the file was damaged or changed. */
    static final class CannotOpen extends IOException {
        CannotOpen(String message) {
            super(message);
        }
    }

    private SealedFile() {}

    static void seal(InputStream plain, OutputStream sealed, char[] passphrase) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16], prefix = new byte[4];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        DataOutputStream out = new DataOutputStream(sealed);
        out.write(MAGIC);
        out.write(salt);
        out.write(prefix);
        SecretKeySpec key = key(passphrase, salt);
        byte[] buffer = new byte[CHUNK];
        byte[] next = new byte[CHUNK];
        int n = readFully(plain, buffer);
        long counter = 0;
        while (true) {
            int m = n == CHUNK ? readFully(plain, next) : 0;
            boolean last = n < CHUNK || m == 0;
            byte[] cipherText = crypt(Cipher.ENCRYPT_MODE, key, prefix, counter++, last, buffer, n);
            out.writeInt(cipherText.length);
            out.write(cipherText);
            if (last) break;
            byte[] t = buffer;
            buffer = next;
            next = t;
            n = m;
        }
        out.flush();
    }

    static void open(InputStream sealed, OutputStream plain, char[] passphrase) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(sealed));
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) throw new CannotOpen("not a Haven backup");
        byte[] salt = in.readNBytes(16), prefix = in.readNBytes(4);
        if (salt.length < 16 || prefix.length < 4) throw new CannotOpen("the backup is cut short");
        SecretKeySpec key = key(passphrase, salt);
        for (long counter = 0; ; counter++) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                throw new CannotOpen("the backup is cut short");
            }
            if (length < 16 || length > CHUNK + 16) throw new CannotOpen("the backup is damaged");
            byte[] cipherText = in.readNBytes(length);
            if (cipherText.length < length) throw new CannotOpen("the backup is cut short");
            // Whether this chunk ends the file is part of what its tag proves: a file cut after a
            // chunk, or with a chunk added, fails here.
            boolean last = isEnd(in);
            plain.write(crypt(Cipher.DECRYPT_MODE, key, prefix, counter, last, cipherText, cipherText.length));
            if (last) return;
        }
    }

    private static boolean isEnd(DataInputStream in) throws IOException {
        in.mark(1);
        int b = in.read();
        if (b < 0) return true;
        in.reset();
        return false;
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] prefix, long counter, boolean last, byte[] data, int length)
            throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putLong(counter).array();
            c.init(mode, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return c.doFinal(data, 0, length);
        } catch (AEADBadTagException e) {
            throw new CannotOpen("wrong passphrase, or the backup was damaged or changed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt) {
        Argon2BytesGenerator argon = new Argon2BytesGenerator();
        argon.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt)
                .withMemoryAsKB(MEMORY_KIB).withIterations(PASSES).withParallelism(1).build());
        byte[] key = new byte[32];
        argon.generateBytes(passphrase, key);
        return new SecretKeySpec(key, "AES");
    }

    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int r = in.read(buffer, total, buffer.length - total);
            if (r < 0) break;
            total += r;
        }
        return total;
    }
}
