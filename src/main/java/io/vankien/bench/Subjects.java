package io.vankien.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What generated documents are about: the subjects of provincial Party and state work, and the period a
 * subject is set in ("giai đoạn 2021 - 2025", "năm 2019"). Stateless.
 */
final class Subjects {
  private Subjects() {}

  private static final List<String> TOPICS = List.of(
      "đẩy mạnh xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
      "tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
      "đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền",
      "nâng cao chất lượng sinh hoạt chi bộ",
      "tăng cường công tác phát triển đảng viên",
      "phát triển du lịch trở thành ngành kinh tế mũi nhọn",
      "bảo đảm an ninh chính trị, trật tự an toàn xã hội",
      "đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
      "phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh",
      "tăng cường công tác bảo vệ môi trường",
      "nâng cao hiệu quả công tác dân vận",
      "nâng cao chất lượng giáo dục và đào tạo",
      "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân",
      "xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín",
      "tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
      "thực hành tiết kiệm, chống lãng phí",
      "phát triển nông nghiệp ứng dụng công nghệ cao",
      "thực hiện giảm nghèo bền vững",
      "nâng cao chất lượng công tác quốc phòng, quân sự địa phương",
      "xây dựng và phát triển văn hóa, con người",
      "tăng cường thu hút đầu tư vào các khu, cụm công nghiệp",
      "tăng cường quản lý đất đai, tài nguyên khoáng sản",
      "chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu",
      "đổi mới công tác thông tin đối ngoại",
      "đấu tranh phản bác các quan điểm sai trái, thù địch",
      "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị",
      "đổi mới công tác thi đua, khen thưởng",
      "phát triển kinh tế tập thể, hợp tác xã kiểu mới",
      "tăng cường bảo đảm trật tự an toàn giao thông",
      "tăng cường công tác phòng, chống và kiểm soát ma túy",
      "phát triển đô thị theo hướng xanh, văn minh, hiện đại",
      "xây dựng chính quyền điện tử, chính quyền số",
      "tăng cường công tác bảo vệ chính trị nội bộ",
      "nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
      "thực hiện Chương trình mỗi xã một sản phẩm (OCOP)",
      "phát triển khoa học, công nghệ và đổi mới sáng tạo",
      "thực hiện bảo hiểm xã hội, bảo hiểm y tế toàn dân",
      "xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
      "nâng cao chất lượng công tác cán bộ nữ",
      "tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên",
      "nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
      "đẩy nhanh công tác giải phóng mặt bằng các dự án trọng điểm",
      "phát triển nhà ở xã hội",
      "tăng cường công tác bảo vệ, chăm sóc trẻ em",
      "phát triển văn hóa đọc trong cộng đồng",
      "phát triển hạ tầng giao thông kết nối vùng",
      "phòng, chống dịch bệnh trên người và gia súc, gia cầm",
      "nâng cao chất lượng nguồn nhân lực",
      "tăng cường công tác quản lý nhà nước về tôn giáo, tín ngưỡng");

  static String topic(RandomGenerator rnd) {
    return TOPICS.get(rnd.nextInt(TOPICS.size()));
  }

  /** A period for a document of the year: "giai đoạn 2021 - 2025", "năm 2019", "đến năm 2030", or none. */
  static String period(int year, RandomGenerator rnd) {
    int termStart = year - Math.floorMod(year - 2001, 5);
    return switch (rnd.nextInt(5)) {
      case 0, 1 -> " giai đoạn " + termStart + " - " + (termStart + 4);
      case 2 -> " năm " + year;
      case 3 -> " đến năm " + (termStart + 9) + ", định hướng đến năm " + (termStart + 19);
      default -> "";
    };
  }

  /**
   * A period that a report dated on the date looks back on: the quarter before ("quý II năm 2019"), the
   * first half year (from June on), the year (from November on), else the year before.
   */
  static String reportPeriod(java.time.LocalDate date, RandomGenerator rnd) {
    int year = date.getYear();
    int quarter = (date.getMonthValue() - 1) / 3; // quarters already ended
    return switch (rnd.nextInt(3)) {
      case 0 -> quarter == 0 ? "quý IV năm " + (year - 1) : "quý " + List.of("I", "II", "III").get(quarter - 1) + " năm " + year;
      case 1 -> date.getMonthValue() >= 6 ? "6 tháng đầu năm " + year : "năm " + (year - 1);
      default -> date.getMonthValue() >= 11 ? "năm " + year : "năm " + (year - 1);
    };
  }
}
