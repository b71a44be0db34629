package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.OrganKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every caption of the form that the contract (docs/report-format.md) names is in the catalogue.
 */
class ContractCaptionsTest {
  private static final Path DOC =
      Paths.get(System.getProperty("basedir", ".")).resolve("../docs/report-format.md").normalize();

  /** A run of the characters a caption is written in, Han and the form's own punctuation. */
  private static final Pattern FRAGMENT = Pattern.compile("[\\p{IsHan}（）、，“”〔〕：0-9.]+");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  void everyCaptionInTheContractsTablesIsACaptionOfTheCatalogue() throws IOException {
    Set<String> catalogue = catalogue();
    List<String> captions = captions(new String(Files.readAllBytes(DOC), StandardCharsets.UTF_8));
    assertTrue(captions.size() > 60, "found only " + captions);
    List<String> unknown = new ArrayList<>();
    for (String caption : captions) {
      if (!catalogue.contains(caption)) {
        unknown.add(caption);
      }
    }
    assertEquals(
        new ArrayList<String>(), unknown, "captions of " + DOC + " missing from the catalogue");
  }

  @Test
  void theScanFindsCaptionsAndWouldNoticeOneThatIsNotInTheCatalogue() {
    List<String> captions =
        captions("| `x` | 第二十条第（一）项 · 规章 | `a` 本年制发件数, e.g. 例子 |\n| `y` | 三（三）9.属于别的 |\n");
    assertEquals(java.util.Arrays.asList("第二十条第（一）项", "规章", "本年制发件数", "三（三）9.属于别的"), captions);
    assertTrue(!catalogue().contains("三（三）9.属于别的"));
    assertTrue(catalogue().contains("三（三）1.属于国家秘密"));
  }

  /**
   * The captions in the tables of the contract, before its rules: Chinese runs in table rows and in
   * the line that lists table 四's columns, without examples, quoted marks and code spans.
   */
  private static List<String> captions(String markdown) {
    List<String> captions = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("## Reported totals")) {
        break;
      }
      if (!line.startsWith("|") && !line.startsWith("Each has")) {
        continue;
      }
      String text =
          line.replaceAll("`[^`]*`", " ")
              .replaceAll("\"[^\"]*\"", " ")
              .replaceAll("e\\.g\\.[^|]*", " ")
              .replaceAll("incl\\.[^)|]*", " ");
      Matcher fragment = FRAGMENT.matcher(text);
      while (fragment.find()) {
        String caption = fragment.group().replaceAll("^[0-9.]+|[.]+$", "");
        if (HAN.matcher(caption).find()) {
          captions.add(caption);
        }
      }
    }
    return captions;
  }

  /**
   * Every caption of the catalogue, and the contract's short names of table 三's rows: 三（三）1.属于国家秘密
   * for the row 1.属于国家秘密 under （三）不予公开 under 三、本年度办理结果.
   */
  private static Set<String> catalogue() {
    Set<String> captions = new HashSet<>();
    for (FormTable table : FormTable.values()) {
      captions.add(table.label().zh());
    }
    for (NarrativeSection section : NarrativeSection.values()) {
      captions.add(section.label().zh());
    }
    for (MetadataField field : MetadataField.values()) {
      captions.add(field.label().zh());
    }
    for (OrganKind kind : OrganKind.values()) {
      captions.add(MetadataField.organKind(kind).zh());
    }
    for (Cell cell : FormCells.all()) {
      for (Label label : cell.rowLabels()) {
        captions.add(label.zh());
      }
      for (Label label : cell.columnLabels()) {
        captions.add(label.zh());
      }
    }
    for (PaperTable table : Paper.tables()) {
      for (PaperCell cell : table.cells()) {
        cell.label().ifPresent(label -> captions.add(label.zh()));
      }
    }
    for (ApplicationRow row : ApplicationRow.values()) {
      String number = "三";
      if (row.groups().size() == 2) {
        String group = row.groups().get(1).zh();
        number += group.substring(0, group.indexOf('）') + 1);
      }
      if (!row.groups().isEmpty()) {
        captions.add(number + row.label().zh());
      }
    }
    return captions;
  }
}
