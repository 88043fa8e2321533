package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card's QR code reads back as what was encoded, in any script. */
class QrCodesTest {

    /** Decodes a matrix the way a phone camera would see it: scaled up, black on white. */
    static String decode(BitMatrix m) throws Exception {
        int scale = 4;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    @Test
    void a_registration_number_reads_back() throws Exception {
        assertThat(decode(QrCodes.matrix("001234-5"))).isEqualTo("001234-5");
    }

    @Test
    void armenian_and_cyrillic_text_read_back_because_the_code_is_utf8() throws Exception {
        assertThat(decode(QrCodes.matrix("Հովհաննիսյան Արամ"))).isEqualTo("Հովհաննիսյան Արամ");
        assertThat(decode(QrCodes.matrix("Оганесян Арам"))).isEqualTo("Оганесян Арам");
    }

    @Test
    void the_svg_draws_every_dark_module_and_names_the_number() {
        BitMatrix m = QrCodes.matrix("001234-5");
        int dark = 0;
        for (int y = 0; y < m.getHeight(); y++) for (int x = 0; x < m.getWidth(); x++) if (m.get(x, y)) dark++;
        String svg = QrCodes.svg("001234-5");
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        assertThat(svg).contains("data-qr=\"001234-5\"", "viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\"");
    }
}
