package vn.doithoai.participant.export;

import java.util.List;

/**
 * One invitation letter (giấy mời), all strings already localised. Nullable: parentBody,
 * number, placeAndDate, addresseeDetail, signerName (the signature space stays), qrContent
 * (no QR printed) and qrCaption. signerTitle may contain line breaks ("T/L BAN THƯỜNG VỤ\nCHÁNH
 * VĂN PHÒNG"). A null paragraphs list is treated as empty. A Party body's letter is headed "ĐẢNG CỘNG SẢN
 * VIỆT NAM"; a state body's (stateDocument) carries the national motto instead (Nghị định 30/2020).
 */
public record InvitationLetter(boolean stateDocument, String parentBody, String issuingBody, String number, String placeAndDate,
                               String addressee, String addresseeDetail, List<String> paragraphs,
                               String signerTitle, String signerName, String qrContent, String qrCaption) {

    public InvitationLetter {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
