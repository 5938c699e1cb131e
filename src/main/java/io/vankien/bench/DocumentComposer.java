package io.vankien.bench;

import io.vankien.eval.ToneStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes one generated document at a time: chooses its body, type, number, signer and the earlier
 * documents it cites, and lays out header, title, body (runs of real paragraphs from the {@link
 * ParagraphPool} under the type's section headings), recipients, signature and the closing mark that says
 * it is a generated sample. Holds the state that spans documents (number registers, signers, citable
 * documents), all bounded by the number of bodies, not of documents. Not thread-safe: one composer writes
 * a corpus in order, which is what makes it deterministic.
 */
final class DocumentComposer {
  /** The last line of every generated document. */
  static final String MARK = "(Văn bản sinh tự động cho đo hiệu năng - không phải văn bản thật)";
  static final int MIN_BYTES = 2 * 1024;
  static final int MAX_BYTES = 40 * 1024;
  static final int LONG_MIN_BYTES = 300 * 1024;
  static final int LONG_MAX_BYTES = 600 * 1024;
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

  /** A document's text and its manifest line (without file and size, which the writer adds). */
  record Composed(String text, ManifestEntry entry) {}

  private final ParagraphPool pool;
  private final IssuerCatalog catalog = new IssuerCatalog();
  private final NumberRegister numbers = new NumberRegister();
  private final SignerRoster signers;
  private final CitationRegistry citations = new CitationRegistry();

  DocumentComposer(ParagraphPool pool, long seed) {
    this.pool = pool;
    this.signers = new SignerRoster(seed);
  }

  int signerCount() {
    return signers.size();
  }

  Composed compose(LocalDate date, String province, RandomGenerator rnd) {
    Issuer issuer = catalog.choose(province, date, rnd);
    boolean isLong = rnd.nextInt(500) == 0;
    DocumentType type = isLong ? longType(issuer) : TypeMix.choose(issuer.kind(), rnd);
    int year = date.getYear();
    String number = numbers.next(issuer, type, year, rnd);
    boolean old = rnd.nextInt(100) < 15;
    int citeCount = switch (rnd.nextInt(20)) {
      case 0, 1, 2, 3, 4, 5, 6, 7 -> 0;
      case 8, 9, 10, 11, 12, 13, 14 -> 1;
      case 15, 16, 17 -> 2;
      default -> 3;
    };
    List<CitationRegistry.Citable> cites = citations.choose(issuer, citeCount, rnd);
    String topic = Subjects.topic(rnd);
    String about = topic + Subjects.period(year, rnd);
    String subject = subject(issuer, type, about, topic, date, cites, rnd);
    ClosingLines.Signature signature = ClosingLines.signature(issuer, type, rnd);
    String signer = signers.signer(issuer, signature.role(), year, rnd);

    Text text = new Text(old);
    text.lines(HeaderLines.of(issuer, number, date, type == DocumentType.CONG_VAN ? subject : null, rnd));
    text.blank();
    if (type != DocumentType.CONG_VAN) {
      text.line(type == DocumentType.CHUONG_TRINH && rnd.nextBoolean() ? "CHƯƠNG TRÌNH HÀNH ĐỘNG" : type.typeLine());
      String of = ofLine(issuer, type, signature, rnd);
      if (of != null) {
        text.line(of);
      }
      text.lines(wrap(subject, rnd));
      text.blank();
    }
    Text tail = new Text(old);
    tail.line(type.closing.isEmpty() ? null : type.closing);
    tail.blank();
    List<String> recipients = ClosingLines.recipients(issuer, !date.isBefore(io.vankien.meta.Provinces.MERGER), rnd);
    List<String> signatureLines = ClosingLines.signatureLines(signature, signer, rnd);
    if (rnd.nextInt(4) != 0) {
      tail.lines(recipients).blank().lines(signatureLines);
    } else {
      tail.lines(signatureLines).blank().lines(recipients);
    }
    tail.blank().line(MARK);

    int target = isLong ? LONG_MIN_BYTES + rnd.nextInt(LONG_MAX_BYTES - LONG_MIN_BYTES) : regularSize(rnd);
    int cap = isLong ? LONG_MAX_BYTES : MAX_BYTES;
    if (isLong) {
      text.paragraph(opening(issuer, type, topic, cites, rnd));
      lawLines(text, target - tail.bytes(), cap - tail.bytes(), rnd);
    } else if (type == DocumentType.QUYET_DINH) {
      decision(text, issuer, about, cites, target - tail.bytes(), rnd);
    } else {
      text.paragraph(opening(issuer, type, topic, cites, rnd));
      sections(text, type, cites, issuer, target - tail.bytes(), cap - tail.bytes(), rnd);
    }
    text.append(tail);

    if (type.citable) {
      citations.add(issuer, new CitationRegistry.Citable(type.label, number, date, issuer.authority(), issuer.unit(), about));
    }
    String title = type == DocumentType.CONG_VAN ? "V/v " + subject : subject;
    String shownSubject = old ? ToneStyle.swap(title) : title;
    String shownSigner = old ? ToneStyle.swap(signer) : signer;
    ManifestEntry entry = new ManifestEntry(null, type.label, number, date.toString(), issuer.province(),
        issuer.provinceCurrent(), issuer.district() ? "district" : "provincial", issuer.party() ? "party" : "state",
        issuer.name(), shownSigner, signature.role(), shownSubject,
        cites.stream().map(CitationRegistry.Citable::number).toList(), old ? "old" : "new", isLong, 0);
    return new Composed(text.toString(), entry);
  }

  private static DocumentType longType(Issuer issuer) {
    return switch (issuer.kind()) {
      case PARTY_PROVINCE, PARTY_DISTRICT -> DocumentType.QUY_DINH;
      case PARTY_DEPARTMENT -> DocumentType.HUONG_DAN;
      case PEOPLES_COMMITTEE -> DocumentType.QUYET_DINH;
      case PEOPLES_COUNCIL -> DocumentType.NGHI_QUYET;
    };
  }

  /** Sizes of ordinary documents: log-normal around 11 KB, drawn again outside 2-40 KB. */
  private static int regularSize(RandomGenerator rnd) {
    while (true) {
      double size = Math.exp(Math.log(11_000) + 0.6 * rnd.nextGaussian());
      if (size >= MIN_BYTES && size <= MAX_BYTES) {
        return (int) size;
      }
    }
  }

  /** The subject (title below the type line; a letter's "V/v" subject), in the body's own words. */
  private static String subject(Issuer issuer, DocumentType type, String about, String topic, LocalDate date,
      List<CitationRegistry.Citable> cites, RandomGenerator rnd) {
    String s = switch (type) {
      case BAO_CAO -> !cites.isEmpty() && rnd.nextBoolean()
          ? "kết quả thực hiện " + citation(cites.get(0), issuer)
          : "tình hình, kết quả " + topic + " " + Subjects.reportPeriod(date, rnd);
      case KE_HOACH, CHUONG_TRINH, HUONG_DAN -> !cites.isEmpty() && rnd.nextInt(10) < 7
          ? "thực hiện " + citation(cites.get(0), issuer)
          : "về " + about;
      case QUYET_DINH -> issuer.party() ? "về việc thành lập Ban Chỉ đạo " + about
          : "về việc ban hành Kế hoạch " + about;
      case TO_TRINH -> "về dự thảo Nghị quyết " + about;
      case CONG_VAN -> about;
      default -> "về " + about;
    };
    return issuer.party() || type == DocumentType.CONG_VAN ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The line naming who adopted it under the type line ("CỦA BAN THƯỜNG VỤ TỈNH ỦY"), or null. */
  private static String ofLine(Issuer issuer, DocumentType type, ClosingLines.Signature signature, RandomGenerator rnd) {
    if (issuer.kind() != Issuer.Kind.PARTY_PROVINCE && issuer.kind() != Issuer.Kind.PARTY_DISTRICT) {
      return null;
    }
    String committee = Issuer.upper(issuer.committee());
    return switch (type) {
      case NGHI_QUYET -> signature.forWhom().contains("CHẤP HÀNH")
          ? "CỦA BAN CHẤP HÀNH ĐẢNG BỘ " + Issuer.upper(issuer.district() ? "huyện" : issuer.city() ? "thành phố" : "tỉnh")
          : rnd.nextInt(10) < 7 ? "CỦA BAN THƯỜNG VỤ " + committee : null;
      case KET_LUAN, CHI_THI -> rnd.nextInt(10) < 6 ? "CỦA BAN THƯỜNG VỤ " + committee : null;
      case THONG_BAO -> rnd.nextBoolean() ? "KẾT LUẬN CỦA BAN THƯỜNG VỤ " + committee : null;
      default -> null;
    };
  }

  /** "Nghị quyết số 12-NQ/TU ngày 05/3/2018 của Ban Thường vụ Tỉnh ủy về ...". */
  private static String citation(CitationRegistry.Citable c, Issuer citing) {
    LocalDate d = c.date();
    return c.type() + " số " + c.number() + " ngày " + String.format("%02d/%d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        + " của " + c.authority() + (c.unit().equals(citing.unit()) ? "" : " " + c.unit()) + " về " + c.subject();
  }

  private static String opening(Issuer issuer, DocumentType type, String topic, List<CitationRegistry.Citable> cites,
      RandomGenerator rnd) {
    String lead;
    if (!cites.isEmpty()) {
      lead = "Thực hiện " + citation(cites.get(0), issuer);
    } else {
      lead = switch (rnd.nextInt(4)) {
        case 0 -> "Trên cơ sở đánh giá tình hình thực tiễn của địa phương";
        case 1 -> "Căn cứ yêu cầu nhiệm vụ chính trị của địa phương trong tình hình mới";
        case 2 -> "Nhằm " + topic;
        default -> "Để tiếp tục " + topic;
      };
    }
    return lead + ", " + issuer.authority() + " " + type.verb + ":";
  }

  /** The body under the type's section headings, filled with runs of real paragraphs to the target size. */
  private void sections(Text text, DocumentType type, List<CitationRegistry.Citable> cites, Issuer issuer, int target,
      int cap, RandomGenerator rnd) {
    List<String> heads = type.sections;
    int parts = Math.max(1, heads.size());
    int start = text.bytes();
    int budget = Math.max(0, target - start);
    for (int k = 0; k < parts; k++) {
      if (!heads.isEmpty()) {
        text.paragraph(ROMAN[k] + ". " + heads.get(k));
      }
      if (k == 0) {
        for (int c = 1; c < cites.size(); c++) {
          text.paragraph("Tiếp tục quán triệt, triển khai thực hiện " + citation(cites.get(c), issuer) + ".");
        }
      }
      fill(text, start + (long) budget * (k + 1) / parts, cap, rnd, k == parts - 1 ? 1 : 0);
    }
  }

  /** A decision: recitals, "QUYẾT ĐỊNH:", its articles, the plan it adopts as the first article's body. */
  private void decision(Text text, Issuer issuer, String about, List<CitationRegistry.Citable> cites, int target,
      RandomGenerator rnd) {
    if (issuer.party()) {
      text.paragraph("BAN THƯỜNG VỤ " + Issuer.upper(issuer.committee()));
      text.paragraph("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;");
      text.paragraph("- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ " + issuer.unitWithKind() + ";");
      for (CitationRegistry.Citable c : cites) {
        text.paragraph("- Căn cứ " + citation(c, issuer) + ";");
      }
      text.paragraph("- Xét đề nghị của Ban Tổ chức " + issuer.committee() + ",");
      text.paragraph("QUYẾT ĐỊNH");
      text.paragraph("Điều 1. Thành lập Ban Chỉ đạo " + about + ". Ban Chỉ đạo có nhiệm vụ như sau:");
    } else {
      text.paragraph(Issuer.upper(issuer.name()));
      text.paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
      for (CitationRegistry.Citable c : cites) {
        text.paragraph("Căn cứ " + citation(c, issuer) + ";");
      }
      text.paragraph("Xét đề nghị của Giám đốc Sở Nội vụ.");
      text.paragraph("QUYẾT ĐỊNH:");
      text.paragraph("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch " + about + ", với các nội dung sau:");
    }
    fill(text, target - 300, MAX_BYTES - 600, rnd, 1);
    text.paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
    text.paragraph(issuer.party()
        ? "Điều 3. Văn phòng " + issuer.committee() + ", Ban Tổ chức " + issuer.committee()
            + ", các cơ quan, đơn vị có liên quan và các đồng chí có tên tại Điều 1 thi hành Quyết định này."
        : "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân"
            + " các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.");
  }

  /** Runs of 2-6 consecutive pool paragraphs (one in twenty from the seeds, which are few) until {@code upTo} bytes. */
  private void fill(Text text, long upTo, int cap, RandomGenerator rnd, int atLeast) {
    int added = 0;
    int misses = 0;
    while ((text.bytes() < upTo || added < atLeast) && misses < 4) {
      boolean seeds = pool.seedStart() < pool.size() && rnd.nextInt(20) == 0;
      int from = seeds ? pool.seedStart() : 0;
      int to = seeds ? pool.size() : pool.seedStart();
      int i = from + rnd.nextInt(to - from);
      int run = 2 + rnd.nextInt(5);
      for (int j = i; j < Math.min(to, i + run) && (text.bytes() < upTo || added < atLeast); j++) {
        if (text.bytes() + pool.bytes(j) + 2 > cap) {
          misses++;
          break;
        }
        text.pooled(pool.paragraph(j, text.old), pool.bytes(j));
        added++;
      }
    }
  }

  /** A law-like body: consecutive lines of the laws, from a random point on, to the target size. */
  private void lawLines(Text text, int target, int cap, RandomGenerator rnd) {
    List<List<String>> bodies = pool.lawBodies();
    int law = rnd.nextInt(bodies.size());
    int line = rnd.nextInt(bodies.get(law).size());
    while (text.bytes() < target) {
      List<String> body = bodies.get(law);
      if (line >= body.size()) {
        law = (law + 1) % bodies.size();
        line = 0;
        continue;
      }
      String l = body.get(line++);
      if (text.bytes() + Utf8.length(l) + 2 > cap) {
        break;
      }
      text.paragraph(l);
    }
  }

  /**
   * Breaks a subject into lines of about 70 characters at spaces, as a title block has it: always beyond
   * 120 characters, half the time beyond 80.
   */
  private static List<String> wrap(String subject, RandomGenerator rnd) {
    if (subject.length() <= 80 || (subject.length() <= 120 && rnd.nextBoolean())) {
      return List.of(subject);
    }
    List<String> out = new ArrayList<>();
    String rest = subject;
    while (rest.length() > 80) {
      int cut = rest.lastIndexOf(' ', 70);
      while (cut > 20 && (rest.startsWith("của ", cut + 1) || rest.startsWith("về ", cut + 1))) {
        cut = rest.lastIndexOf(' ', cut - 1); // a line starting "của"/"về" would read as the title's heading
      }
      if (cut <= 20) {
        break;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut + 1);
    }
    out.add(rest);
    return out;
  }

  /** A document's text as it grows, with its UTF-8 size; the composer's own lines in the document's tone style. */
  private static final class Text {
    final boolean old;
    private final StringBuilder sb = new StringBuilder(16 * 1024);
    private int bytes;

    Text(boolean old) {
      this.old = old;
    }

    Text line(String s) {
      if (s != null) {
        String t = old ? ToneStyle.swap(s) : s;
        sb.append(t).append('\n');
        bytes += Utf8.length(t) + 1;
      }
      return this;
    }

    Text lines(List<String> ls) {
      ls.forEach(this::line);
      return this;
    }

    Text blank() {
      sb.append('\n');
      bytes++;
      return this;
    }

    Text paragraph(String s) {
      return line(s).blank();
    }

    void pooled(String s, int utf8) {
      sb.append(s).append("\n\n");
      bytes += utf8 + 2;
    }

    void append(Text other) {
      sb.append(other.sb);
      bytes += other.bytes;
    }

    int bytes() {
      return bytes;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
