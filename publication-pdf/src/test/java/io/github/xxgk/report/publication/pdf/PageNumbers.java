package io.github.xxgk.report.publication.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Page numbers printed in the footer of every page of a test PDF, as Word prints them. */
final class PageNumbers {
  private PageNumbers() {}

  static byte[] add(byte[] pdf, String format) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        try (PDPageContentStream content =
            new PDPageContentStream(
                document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, false)) {
          content.beginText();
          content.setFont(TestPdf.HELVETICA, 10);
          content.newLineAtOffset(280, 30);
          content.showText(String.format(format, i + 1));
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
