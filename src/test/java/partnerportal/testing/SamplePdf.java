package partnerportal.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes small, valid one-page PDF files (a title and a few lines) for demo data and tests. */
public final class SamplePdf {

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private SamplePdf() {}

    public static byte[] of(String title, String... lines) {
        var text = new StringBuilder("BT /F1 20 Tf 60 760 Td (")
                .append(escape(title))
                .append(") Tj");
        text.append(" /F1 11 Tf 0 -32 Td");
        for (String line : lines) {
            text.append(" (").append(escape(line)).append(") Tj 0 -16 Td");
        }
        text.append(" ET");
        byte[] stream = text.toString().getBytes(WIN_ANSI);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>");
        objects.add(null);
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");

        var out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, ((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            if (objects.get(i) == null) {
                write(out, ("<< /Length " + stream.length + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
                write(out, stream);
                write(out, "\nendstream".getBytes(StandardCharsets.US_ASCII));
            } else {
                write(out, objects.get(i).getBytes(StandardCharsets.US_ASCII));
            }
            write(out, "\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        long xref = out.size();
        var trailer = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            trailer.append(String.format("%010d 00000 n \n", offset));
        }
        trailer.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, trailer.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
