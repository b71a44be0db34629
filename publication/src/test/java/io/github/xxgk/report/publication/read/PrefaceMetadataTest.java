package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Organ and year as prefaces of unseen pages print them (survey of stored public pages): a page
 * copied without its title still names its organ in the preface; a sentence before the title is not
 * part of the organ's name.
 */
class PrefaceMetadataTest {
  @Test
  void aSentenceBeforeTheTitleIsNoPartOfTheOrgansName() {
    // 某区统计局 2023 (61.150.65.235, 1906985018193408001): the organ was read as the whole sentence
    ReadResult result =
        read(
            "根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。");
    assertEquals(Optional.of("区统计局"), result.match().organ());
    assertEquals(Optional.of(2023), result.match().year());
  }

  @Test
  void aLongPrefacePresentingTheReportNamesTheOrgan() {
    // 湛江市人民政府地方志办公室 2023 (zhanjiang.gov.cn, post_1871569), no title on the page
    ReadResult result =
        read(
            "根据《中华人民共和国政府信息公开条例》要求,特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。本报告包括总体情况、"
                + "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题和改进措施、其他需要报告的事项等"
                + "内容,所列数据统计期限自2023年1月1日起到2023年12月31日止。");
    assertEquals(Optional.of("湛江市人民政府地方志办公室"), result.match().organ());
    assertEquals(Optional.of(2023), result.match().year());
  }

  @Test
  void thePrefaceNamingItsWriterNamesTheOrgan() {
    // 杭州市余杭区发展和改革局 2022 (yuhang.gov.cn, art_1229709995_71194)
    ReadResult result =
        read(
            "本年度报告由杭州市余杭区发展和改革局根据《中华人民共和国政府信息公开条例》(以下简称《条例》)以及国办公开办《关于政府信息公开工作年度报告"
                + "有关事项的通知》要求编制而成。全文内容由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项共6部分组成。本年度报告中所列数据统计期限从2022年1月1日起至2022年12月31日止。");
    assertEquals(Optional.of("杭州市余杭区发展和改革局"), result.match().organ());
  }

  @Test
  void aPrefaceOpeningWithTheTitleNamesTheOrgan() {
    // 广元市体育局 2024 (tyj.cngy.gov.cn): the title runs into the preface's first sentence
    ReadResult result =
        read(
            "广元市体育局2024年政府信息公开工作年度报告,根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度"
                + "报告格式》的规定编制。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要"
                + "问题及改进情况、其他需要报告的事项等六部分组成。所列数据的统计期限从2024年1月1日至2024年12月31日止。");
    assertEquals(Optional.of("广元市体育局"), result.match().organ());
    assertEquals(Optional.of(2024), result.match().year());
  }

  @Test
  void sectionSixsLastLineAboveTheDateIsNoSignatureThatDisagrees() {
    // the title names the organ; section 六 ends in a line without a mark right above the date:
    // no signature is printed, and none disagrees with the title
    for (String last : new String[] {"本年度无其他需要报告的事项", "特此报告"}) {
      ReadResult result = signed(last);
      assertEquals(Optional.of("某县统计局"), result.match().organ(), last);
      assertFalse(
          result.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
          () -> last + " " + result.problems());
    }
    // an organ's name that is another's still disagrees
    ReadResult other = signed("某县财政局");
    assertTrue(
        other.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
        other.problems()::toString);
    assertEquals(Optional.of("某县统计局"), other.match().organ());
  }

  private static ReadResult signed(String lineAboveTheDate) {
    return PublishedReports.read(
        String.join(
            "\n",
            "某县统计局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，我局认真落实《条例》。",
            "六、其他需要报告的事项",
            lineAboveTheDate,
            "2024年1月10日"));
  }

  @Test
  void aCommaInsideTheStatisticsPeriodStillGivesTheYear() {
    // 长春市二道区人民政府 2023 (zwgk.changchun.gov.cn, t20240130_3277449)
    ReadResult result = read("本报告中所列数据的统计期限自2023年1月1日起,至12月31日止。");
    assertEquals(Optional.of(2023), result.match().year());
  }

  @Test
  void theSignatureStillNamesTheOrganOverAShorterNameInThePreface() {
    // 温州市瓯海区丽岙街道 2023 (ouhai.gov.cn, art_1229780926_86730): "现公布丽岙街道2023年度…"
    ReadResult result =
        PublishedReports.read(
            String.join(
                "\n",
                "一、总体情况",
                "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现公布丽岙街道2023年度政府信息公开工作年度报告。报告中所列数据的统计"
                    + "期限自2023年1月1日起至2023年12月31日止。",
                "六、其他需要报告的事项",
                "无。",
                "温州市瓯海区丽岙街道办事处",
                "2024年1月3日"));
    assertEquals(Optional.of("温州市瓯海区丽岙街道办事处"), result.match().organ());
    assertFalse(
        result.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE")),
        result.problems()::toString);
  }

  @Test
  void aPrefaceNamingNoOrganGivesNone() {
    // 临汾市尧都区 2024 as its preface words it, and a report naming itself "我局"
    assertEquals(
        Optional.empty(),
        read("尧都区政府办公室结合工作实际,编制了2024年政府信息公开工作年度报告,全文包括总体情况、主动公开政府信息情况等6个方面。").match().organ());
    assertEquals(
        Optional.empty(),
        read("根据《条例》要求,特编制我局2023年政府信息公开工作年度报告。本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。")
            .match()
            .organ());
  }

  @Test
  void aPeoplesGovernmentRunIntoTheWords政府信息公开KeepsItsGovernment() {
    // 长春市二道区人民政府 2023 (zwgk.changchun.gov.cn, t20240130_3277449) names its report so; the
    // organ was read as "长春市二道区人民"
    assertEquals(Optional.of("长春市二道区人民政府"), read("2023年长春市二道区人民政府信息公开工作年度报告").match().organ());
    assertEquals(Optional.of("长春市二道区人民政府"), read("长春市二道区人民政府信息公开工作2023年度报告").match().organ());
    // and as its preface presents it, with no title and no signature on the page
    assertEquals(
        Optional.of("长春市二道区人民政府"),
        read("根据《中华人民共和国政府信息公开条例》规定,现公布2023年长春市二道区人民政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息"
                + "情况、收到和处理政府信息公开申请情况等六部分组成。本报告中所列数据的统计期限自2023年1月1日起,至12月31日止。")
            .match()
            .organ());
  }

  @Test
  void aTitlePrintingItsYearWithout年NamesTheOrganAndYear() {
    // 浙江省经济和信息化厅 2022 titles its report "浙江省经济和信息化厅2022政府信息公开工作年度报告"
    ReadResult result = read("浙江省经济和信息化厅2022政府信息公开工作年度报告");
    assertEquals(Optional.of("浙江省经济和信息化厅"), result.match().organ());
    assertEquals(Optional.of(2022), result.match().year());
    ReadResult page =
        PublishedReports.read(
            "<html><head><title>浙江省经济和信息化厅2022政府信息公开工作年度报告</title></head><body>"
                + "<p>一、总体情况</p><p>2022年，我厅认真落实《条例》。</p></body></html>");
    assertEquals(Optional.of("浙江省经济和信息化厅"), page.match().organ());
    assertEquals(Optional.of(2022), page.match().year());
  }

  @Test
  void fourDigitsWithinALongerNumberAreNoYearOfATitle() {
    // five digits before the words: no year can be told, so no title, no organ
    ReadResult result = read("浙江省经济和信息化厅12022政府信息公开工作年度报告");
    assertEquals(Optional.empty(), result.match().organ());
    assertTrue(
        result.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ORGAN-MISSING")),
        result.problems()::toString);
  }

  @Test
  void aPrefaceNamingItsWriterWithinASentenceNamesTheOrgan() {
    // "…本报告由浙江省水利厅编制…": the writer named after the sentence's first clause
    ReadResult result =
        read(
            "根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室的要求,本报告由浙江省水利厅编制。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。");
    assertEquals(Optional.of("浙江省水利厅"), result.match().organ());
    assertEquals(Optional.of(2021), result.match().year());
  }

  @Test
  void wordsWithinASentenceThatAreNoOrgansNameNameNone() {
    // the writer within a sentence must end as an organ's name does, and be no self-reference
    for (String preface :
        new String[] {
          "根据《条例》要求,本报告由办公室牵头编制。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。",
          "根据《条例》要求,本报告由各科室根据职责分工编制。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。",
          "根据《条例》要求,本报告由本单位编制。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。"
        }) {
      assertEquals(Optional.empty(), read(preface).match().organ(), preface);
    }
  }

  @Test
  void anOrganPresentingATitleWithoutOneNamesTheOrgan() {
    // "…沟赵办事处向社会公布2021年度…": the organ before the presenting words, the title naming none
    ReadResult result = read("根据《中华人民共和国政府信息公开条例》规定,郑州高新技术产业开发区沟赵办事处向社会公布2021年度政府信息公开工作年度报告。");
    assertEquals(Optional.of("郑州高新技术产业开发区沟赵办事处"), result.match().organ());
    assertEquals(Optional.of(2021), result.match().year());
    assertEquals(
        Optional.of("沟赵办事处"),
        read("沟赵办事处现向社会公布《2021年度政府信息公开工作年度报告》,全文包括总体情况等六个部分。").match().organ());
  }

  @Test
  void wordsPresentingATitleThatAreNoOrgansNameNameNone() {
    for (String preface :
        new String[] {
          // the clause's words hold the law's name: no organ can be told from them
          "根据《中华人民共和国政府信息公开条例》规定沟赵办事处向社会公布2021年度政府信息公开工作年度报告。",
          // words that end as no organ's name does
          "全市各单位向社会公布2021年度政府信息公开工作年度报告。",
          "现将我办向社会公布2021年度政府信息公开工作年度报告。",
          // the title names an organ of its own: the title's, not the words before
          "沟赵办事处向社会公布金水区2021年度政府信息公开工作年度报告全文及附件。"
        }) {
      assertEquals(Optional.empty(), read(preface).match().organ(), preface);
    }
  }

  @Test
  void aTitleInBookTitleMarksAfterThePresentingWordsNamesTheOrganWithoutTheMark() {
    // 临洮县新添镇 2022 (lintao.gov.cn, art_6924_1618518), 市临空经济区 2023 (xiaogan.gov.cn, 337392): the
    // organ was read with the opening 《 and no problem
    ReadResult result =
        read(
            "根据《中华人民共和国政府信息公开条例》要求,现发布《临洮县新添镇2022年政府信息公开工作年度报告》。本报告由总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况等六部分组成。报告中所列数据统计期限为2022年1月1日到12月31日。");
    assertEquals(Optional.of("临洮县新添镇"), result.match().organ());
    assertEquals(Optional.of(2022), result.match().year());
    assertEquals(
        Optional.of("市临空经济区"),
        read("根据《中华人民共和国政府信息公开条例》有关规定要求,现发布《市临空经济区2023年政府信息公开工作年度报告》。").match().organ());
  }

  @Test
  void aSentenceNamingLastYearsReportInTheOverviewNamesNoOrgan() {
    // 长通街道 2024 (zwgk.changchun.gov.cn, t20250120_3376164): the page's title cut off, section 一
    // says
    // it published its report; "依法按时完成长通街道" was read as the organ with no problem
    ReadResult result =
        PublishedReports.read(
            "工作年度报告\n本报告数据统计期限为2024年1月1日至2024年12月31日止。如对本年度报告有疑问,请与南关区长通街道办事处办公室联系。\n"
                + "一、总体情况\n(一)组织推动政府信息公开工作\n在这一年里,我们加强了政府信息公开工作,不断提升信息公开的质量和水平。"
                + "依法按时完成长通街道2024年政府信息公开年度报告,并于2024年1月15日之前在南关区人民政府网站长通街道办事处"
                + "政府信息公开专栏处向社会公布,主动接受社会监督。\n");
    assertEquals(Optional.empty(), result.match().organ());
    assertTrue(result.problems().stream().anyMatch(p -> p.pointer().equals("/organ")));
  }

  @Test
  void theYearOfTheTitleAPrefacePresentsIsTheReportsYear() {
    // 广州市人民政府办公厅 2023 (gz.gov.cn, post_9469010): no period printed; the organ was read, the
    // year refused
    ReadResult result =
        read(
            "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)等规定,现公布广州市人民政府办公厅2023年政府信息公开工作年度报告。"
                + "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项等六部分组成。本报告的电子版可在广州市人民政府门户网站(www.gz.gov.cn)下载。");
    assertEquals(Optional.of("广州市人民政府办公厅"), result.match().organ());
    assertEquals(Optional.of(2023), result.match().year());
  }

  @Test
  void aTitleWithoutTheGovernmentOfItsWordsNamesTheOrgan() {
    // 下湿壕镇政府 2022 (guyang.gov.cn, 24971296), 桃园开发区管委会 2023 (lianhu.gov.cn,
    // 1749338579192594433): "…年信息公开工作年度报告", the organ was refused
    assertEquals(
        Optional.of("下湿壕镇政府"),
        PublishedReports.read("下湿壕镇政府2022年信息公开工作年度报告\n一、总体情况\n在过去的一年,我镇依据政府信息公开有关文件要求开展工作。\n")
            .match()
            .organ());
    ReadResult result =
        PublishedReports.read(
            "桃园开发区管委会2023年信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2023年度"
                + "桃园开发区管委会信息公开年度报告。本报告数据统计时限为2023年1月1日至2023年12月31日。\n一、总体情况\n");
    assertEquals(Optional.of("桃园开发区管委会"), result.match().organ());
    assertEquals(Optional.of(2023), result.match().year());
  }

  @Test
  void anOrgansLineOverATitleUnderThePagesTitleNamesTheOrgan() {
    // 桃江县松木塘镇人民政府 2022 (jw.taojiang.gov.cn, 39633): the page's title without an organ, then the
    // report's title on two lines; the organ was refused
    ReadResult result =
        PublishedReports.read(
            "2022年政府信息公开工作年度报告\n桃江县松木塘镇人民政府\n2022年政府信息公开工作年度报告\n一、总体情况\n"
                + "2022年,松木塘镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n");
    assertEquals(Optional.of("桃江县松木塘镇人民政府"), result.match().organ());
    assertEquals(Optional.of(2022), result.match().year());
    // a line over a title of another year names no organ of this one
    assertEquals(
        Optional.empty(),
        PublishedReports.read(
                "2022年政府信息公开工作年度报告\n桃江县松木塘镇人民政府\n2021年政府信息公开工作年度报告\n一、总体情况\n"
                    + "2022年,松木塘镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n")
            .match()
            .organ());
  }

  @Test
  void aTitlePrintedAsTheValueOfAPortalsFieldNamesTheOrganWithoutTheFieldName() {
    // 沭阳县发展和改革局 2023 (shuyang.gov.cn): the portal's metadata box above the title, copied as
    // lines or kept as paragraphs; the organ was read as "名称沭阳县发展和改革局"
    String box = "名称 沭阳县发展和改革局2023年政府信息公开工作年度报告\n发布机构 沭阳县发展和改革局\n索引号 K21236925/2024-00012\n";
    assertEquals(Optional.of("沭阳县发展和改革局"), read(box).match().organ());
    assertEquals(Optional.of(2023), read(box).match().year());
    assertEquals(
        Optional.of("沭阳县发展和改革局"), read("文章标题\u3000沭阳县发展和改革局2023年政府信息公开工作年度报告").match().organ());
    ReadResult html =
        PublishedReports.read(
            ("<html><body><p>名称 沭阳县发展和改革局2023年政府信息公开工作年度报告</p><p>发布机构 沭阳县发展和改革局</p>"
                    + "<p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Optional.of("沭阳县发展和改革局"), html.match().organ());
  }

  @Test
  void wordsOpeningAsAFieldNameButRunIntoTheOrgansNameAreKept() {
    // a field name is cut only when set apart from its value: run into the words after it, the same
    // characters may open an organ's name (an invented 来源县, to show no name is ever cut short)
    assertEquals(Optional.of("来源县人民政府"), read("来源县人民政府2023年政府信息公开工作年度报告").match().organ());
  }

  @Test
  void sectionSixsLastLineAboveTheDateIsNoSigningOrgan() {
    // a report whose title names no organ, section 六 one line without a full stop, then the date:
    // the line was read as the organ, with no problem
    String untitled = "2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实《条例》。\n六、其他需要报告的事项\n";
    ReadResult result = PublishedReports.read(untitled + "本年度无其他需要报告的事项\n2024年1月20日\n");
    assertEquals(Optional.empty(), result.match().organ());
    assertTrue(
        result.problems().stream().anyMatch(p -> p.ruleId().equals("IMPORT-ORGAN-MISSING")),
        result.problems()::toString);
    assertEquals(
        Optional.empty(),
        PublishedReports.read(untitled + "无\n特此报告\n2024年1月20日\n").match().organ());
    // the organ the preface names as the writer, not the line
    assertEquals(
        Optional.of("沭阳县发展和改革局"),
        PublishedReports.read(
                "2023年政府信息公开工作年度报告\n本报告由沭阳县发展和改革局编制。\n一、总体情况\n2023年，我局认真落实《条例》。\n"
                    + "六、其他需要报告的事项\n本单位未收取信息处理费\n2024年1月20日\n")
            .match()
            .organ());
    // an organ's line above the date still signs
    assertEquals(
        Optional.of("沭阳县发展和改革局"),
        PublishedReports.read(untitled + "无。\n沭阳县发展和改革局\n2024年1月20日\n").match().organ());
    // so do organs whose names end otherwise than a government's or a bureau's
    for (String organ :
        new String[] {"沭阳县城市管理综合行政执法大队", "沭阳县档案馆", "沭阳县残疾人联合会", "沭阳县供销合作总社", "中共沭阳县委宣传部"}) {
      assertEquals(
          Optional.of(organ),
          PublishedReports.read(untitled + "无。\n" + organ + "\n2024年1月20日\n").match().organ());
    }
  }

  @Test
  void aWriterInTheClauseAfterTheOneOpeningTheSentenceNamesTheOrgan() {
    // 台州湾经济技术开发区管委会 (survey of stored public pages): 由 does not follow 本报告 directly
    assertEquals(
        Optional.of("台州湾经济技术开发区管委会"),
        read("本报告依据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由台州湾经济技术开发区管委会结合有关统计数据编制。").match().organ());
    // words that are no organ's name, or two organs writing together, name none
    assertEquals(Optional.empty(), read("本报告依据《条例》要求,由办公室牵头各科室结合有关统计数据编制。").match().organ());
    assertEquals(Optional.empty(), read("本报告依据《条例》要求,由区政府办公室会同区数据局结合有关统计数据编制。").match().organ());
    assertEquals(Optional.empty(), read("本报告由区政府办公室和区数据局根据《条例》要求编制。").match().organ());
  }

  @Test
  void aTitleNamingItsOrganAgainAfterTheYearNamesTheOrganOnce() {
    // 汨罗市 2024 (survey13): "现公布汨罗市人民政府2024年汨罗市政府信息公开工作年度报告" was no title, its organ unread;
    // the repeat, whole or the organ's place, is left out (hostile6's ORGAN_TWICE damage)
    for (String repeat : new String[] {"汨罗市", "汨罗市人民", "汨罗市人民政府"}) {
      ReadResult presented = read("根据《条例》规定,现公布汨罗市人民政府2023年" + repeat + "政府信息公开工作年度报告。");
      assertEquals(Optional.of("汨罗市人民政府"), presented.match().organ(), repeat);
      assertEquals(Optional.of(2023), presented.match().year(), repeat);
      ReadResult titled = read("汨罗市人民政府2023年度" + repeat + "政府信息公开工作年度报告");
      assertEquals(Optional.of("汨罗市人民政府"), titled.match().organ(), repeat);
      assertEquals(Optional.of(2023), titled.match().year(), repeat);
    }
    // the year first, the organ's place again after its name (hostile6's ORGAN_TWICE then TITLE:
    // the organ was read "平潭综合实验区公安局平潭综合实验区")
    ReadResult yearFirst = read("2022年度平潭综合实验区公安局平潭综合实验区政府信息公开年报");
    assertEquals(Optional.of("平潭综合实验区公安局"), yearFirst.match().organ());
    assertEquals(Optional.of(2022), yearFirst.match().year());
    assertEquals(Optional.of("汨罗市人民政府"), read("2024年汨罗市人民政府汨罗市政府信息公开工作年度报告").match().organ());
    // words after the year that do not start the organ's name are no repeat: no title of it
    assertEquals(Optional.empty(), read("汨罗市人民政府2023年岳阳市政府信息公开工作年度报告").match().organ());
  }

  private static ReadResult read(String preface) {
    return PublishedReports.read(preface + "\n一、总体情况\n2023年，我局认真落实《条例》。\n");
  }
}
