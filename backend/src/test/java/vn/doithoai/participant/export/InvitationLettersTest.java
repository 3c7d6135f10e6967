package vn.doithoai.participant.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationLettersTest {

    static InvitationLetter letter(String name, String place) {
        return new InvitationLetter(false, "ĐẢNG BỘ TỈNH QUẢNG BÌNH", "THỊ ỦY BA ĐỒN", "Số 125-GM/ThU",
                "Ba Đồn, ngày 18 tháng 11 năm 2022", "Kính gửi: Bà " + name, "Trưởng phòng Tài nguyên và Môi trường",
                List.of("Thực hiện Quy chế dân chủ ở cơ sở, Ban Thường vụ Thị ủy tổ chức hội nghị đối thoại giữa người"
                                + " đứng đầu cấp ủy với Nhân dân về công tác quản lý đất đai, bồi thường, hỗ trợ và tái định cư.",
                        "Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 phút, ngày 25/11/2022 (thứ Sáu).",
                        "Địa điểm: Hội trường Ủy ban nhân dân " + place + ".",
                        "Kính mời đồng chí đến dự hội nghị đúng thời gian và địa điểm nêu trên."),
                "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG", "Lê Văn Hưởng", QrCodesTest.CHECK_IN_URL,
                "Quét mã để xác nhận tham dự và khi đến hội nghị");
    }

    @Test
    void aStateBodysLetterCarriesTheNationalMottoInsteadOfTheParty() {
        InvitationLetter l = letter("Nguyễn Thị Hường", "Phường Ba Đồn");
        InvitationLetter state = new InvitationLetter(true, null, "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐỒN", l.number(), l.placeAndDate(),
                l.addressee(), l.addresseeDetail(), l.paragraphs(), "CHỦ TỊCH", null, l.qrContent(), l.qrCaption());
        String text = Pdfs.text(InvitationLetters.render(List.of(state)), 1);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        assertFalse(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
    }

    @Test
    void onePagePerLetterWithTheVietnameseTextIntact() {
        byte[] pdf = InvitationLetters.render(List.of(
                letter("Nguyễn Thị Hường", "Phường Quảng Thọ"),
                letter("Phạm Thị Ngọc Diệp", "Xã Quảng Hải"),
                letter("Trương Quốc Việt", "Phường Ba Đồn")));
        assertEquals(3, Pdfs.pages(pdf));
        String first = Pdfs.text(pdf, 1);
        for (String expected : List.of("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "THỊ ỦY BA ĐỒN", "Số 125-GM/ThU",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Ba Đồn, ngày 18 tháng 11 năm 2022", "GIẤY MỜI",
                "Kính gửi: Bà Nguyễn Thị Hường", "Trưởng phòng Tài nguyên và Môi trường",
                "Hội trường Ủy ban nhân dân Phường Quảng Thọ", "bồi thường, hỗ trợ và tái định cư",
                "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Văn Hưởng",
                "Quét mã để xác nhận tham dự")) {
            assertTrue(first.contains(expected), () -> "missing \"" + expected + "\" in: " + first);
        }
        assertTrue(Pdfs.text(pdf, 2).contains("Phạm Thị Ngọc Diệp"));
        assertTrue(Pdfs.text(pdf, 3).contains("Trương Quốc Việt"));
        assertFalse(Pdfs.text(pdf, 2).contains("Nguyễn Thị Hường"));
    }

    @Test
    void everyVietnameseLetterAndToneRoundTrips() {
        InvitationLetter l = letter("Nguyễn Thị Hường", "Phường Quảng Thọ");
        InvitationLetter alphabet = new InvitationLetter(l.stateDocument(), l.parentBody(), l.issuingBody(), l.number(),
                l.placeAndDate(), l.addressee(), null, List.of(Pdfs.VIETNAMESE_ALPHABET), l.signerTitle(),
                l.signerName(), null, null);
        String text = Pdfs.text(InvitationLetters.render(List.of(alphabet)), 1);
        for (String group : Pdfs.VIETNAMESE_ALPHABET.split(" ")) {
            assertTrue((" " + text + " ").contains(" " + group + " "), () -> "missing " + group + " in " + text);
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsWithIdentityHAndAToUnicodeMap() {
        byte[] pdf = InvitationLetters.render(List.of(letter("Nguyễn Thị Hường", "Phường Quảng Thọ")));
        var fonts = Pdfs.fonts(pdf, 1);
        assertEquals(3, fonts.size(), fonts::toString); // regular, bold, italic
        for (String f : fonts) {
            assertTrue(f.matches("[A-Z]{6}\\+LiberationSerif.* Type0 Identity-H embedded tounicode"), f);
        }
    }

    @Test
    void decomposedInputIsComposedBeforeRendering() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        byte[] pdf = InvitationLetters.render(List.of(letter(nfd, "Phường Quảng Thọ")));
        assertTrue(Pdfs.text(pdf, 1).contains("Kính gửi: Bà Nguyễn Thị Hường"));
    }

    @Test
    void optionalPartsMayBeMissing() {
        InvitationLetter bare = new InvitationLetter(false, null, "THỊ ỦY BA ĐỒN", null, null,
                "Kính gửi: Ông Hoàng Văn Lợi", null, null, "BÍ THƯ", null, null, null);
        byte[] pdf = InvitationLetters.render(List.of(bare));
        assertEquals(1, Pdfs.pages(pdf));
        String text = Pdfs.text(pdf, 1);
        assertTrue(text.contains("Kính gửi: Ông Hoàng Văn Lợi"), text);
        assertTrue(text.contains("BÍ THƯ"), text);
        assertFalse(text.contains("Quét mã"), text);
    }

    @Test
    void qrCodeIsDrawnOnlyWhenThereIsContent() {
        InvitationLetter with = letter("Nguyễn Thị Hường", "Phường Quảng Thọ");
        InvitationLetter without = new InvitationLetter(with.stateDocument(), with.parentBody(), with.issuingBody(), with.number(),
                with.placeAndDate(), with.addressee(), with.addresseeDetail(), with.paragraphs(),
                with.signerTitle(), with.signerName(), null, with.qrCaption());
        String withText = Pdfs.text(InvitationLetters.render(List.of(with)), 1);
        String withoutText = Pdfs.text(InvitationLetters.render(List.of(without)), 1);
        assertTrue(withText.contains("Quét mã"));
        assertFalse(withoutText.contains("Quét mã"), "no caption without a code");
    }

    @Test
    void emptyBatchIsAOnePagePdfSayingSo() {
        byte[] pdf = InvitationLetters.render(List.of());
        assertEquals(1, Pdfs.pages(pdf));
        assertTrue(Pdfs.text(pdf, 1).contains("Không có giấy mời nào để in."));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25})
    void pageCountEqualsLetterCountForTypicalLetters(int count) {
        List<InvitationLetter> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            letters.add(letter("Đại biểu số " + (i + 1), "Phường Quảng Thọ"));
        }
        byte[] pdf = InvitationLetters.render(letters);
        assertEquals(count, Pdfs.pages(pdf));
        assertTrue(Pdfs.text(pdf, count).contains("Đại biểu số " + count));
    }

    @Test
    void rendersConcurrentlyWithTheSharedFonts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "Nguyễn Thị Hường " + i;
                results.add(pool.submit(() -> Pdfs.text(InvitationLetters.render(
                        Arrays.asList(letter(name, "Phường Quảng Thọ"))), 1)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertTrue(results.get(i).get().contains("Kính gửi: Bà Nguyễn Thị Hường " + i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
