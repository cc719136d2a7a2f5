package com.partnerportal.university.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Writes a certificate as a one-page landscape PDF with its public verification address (R5.6). */
public final class CertificatePdf {

    private static final Color BRAND = new Color(0x4b, 0x1f, 0xa6);

    private CertificatePdf() {}

    public record Labels(String heading, String earned, String issued, String verify) {}

    public static byte[] of(
            Certificates.Certificate certificate, String vendor, String verificationUrl, Labels labels, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.heading() + " – " + certificate.title(locale));
        document.addAuthor(vendor);
        document.open();
        document.add(centred(vendor, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, BRAND), 24));
        document.add(centred(labels.heading(), FontFactory.getFont(FontFactory.HELVETICA, 28), 36));
        document.add(centred(certificate.holderName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 32), 8));
        if (certificate.companyName() != null) {
            document.add(centred(certificate.companyName(), FontFactory.getFont(FontFactory.HELVETICA, 14), 24));
        }
        document.add(centred(labels.earned(), FontFactory.getFont(FontFactory.HELVETICA, 14), 8));
        document.add(
                centred(certificate.title(locale), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22, BRAND), 36));
        String issued = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC)
                .format(certificate.issuedAt());
        document.add(centred(labels.issued() + " " + issued, FontFactory.getFont(FontFactory.HELVETICA, 12), 8));
        document.add(centred(
                labels.verify() + " " + verificationUrl + " (" + certificate.code() + ")",
                FontFactory.getFont(FontFactory.HELVETICA, 10, Color.DARK_GRAY),
                0));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
