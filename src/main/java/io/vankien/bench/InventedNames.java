package io.vankien.bench;

import io.vankien.meta.Provinces;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Invented Vietnamese person names (family + middle + given name) for the signers of generated documents:
 * family names weighted as they are common, middle and given names by gender. A name that reads as a
 * province ("Nguyễn Thái Bình") is drawn again, so that a signature never names a province. Stateless.
 */
final class InventedNames {
  private InventedNames() {}

  /** Family names, the common ones repeated so that they come up as often as in life. */
  private static final List<String> FAMILY = List.of(
      "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Trần", "Lê",
      "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
      "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Hà", "Tạ", "Mai", "Cao", "Lâm", "Tô", "Chu", "Đoàn",
      "Vương", "Kiều", "Lại", "Thái", "Quách", "Triệu", "Nông", "Lò", "Hứa", "Khổng");
  private static final List<String> MIDDLE_MALE = List.of(
      "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Đình", "Ngọc", "Tiến",
      "Trọng", "Anh", "Hồng", "Quốc", "Mạnh", "Thế", "Khắc", "Duy", "Bá", "Huy", "Viết", "Sỹ");
  private static final List<String> MIDDLE_FEMALE = List.of(
      "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Minh", "Hồng", "Bích", "Thúy", "Phương");
  private static final List<String> GIVEN_MALE = List.of(
      "Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng", "Trung", "Bình", "Cường", "Quân",
      "Phong", "Hưng", "Kiên", "Lâm", "Thành", "Tùng", "Vinh", "Hòa", "Khánh", "Toàn", "Lợi", "Hiếu",
      "Chính", "Đạt", "Định", "Hoàng", "Huy", "Lực", "Phúc", "Quyết", "Tâm", "Thuận", "Tiến", "Trí",
      "Việt", "Nghĩa", "Thủy", "Khoa", "Điệp", "Hậu", "Lộc", "Sang", "Tường", "Vượng", "Chiến", "Hoan");
  private static final List<String> GIVEN_FEMALE = List.of(
      "Hoa", "Lan", "Hương", "Mai", "Hạnh", "Thủy", "Hằng", "Nga", "Hà", "Linh", "Thảo", "Yến", "Loan",
      "Hiền", "Vân", "Dung", "Tuyết", "Nhung", "Oanh", "Trang", "Hoài", "Huyền", "Thoa", "Xuân");

  /** A new invented name (about one in five a woman's). */
  static String next(RandomGenerator rnd) {
    Provinces provinces = Provinces.load();
    while (true) {
      boolean female = rnd.nextInt(5) == 0;
      String name = pick(rnd, FAMILY) + " "
          + pick(rnd, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
          + pick(rnd, female ? GIVEN_FEMALE : GIVEN_MALE);
      if (provinces.find(name).isEmpty()) {
        return name;
      }
    }
  }

  private static String pick(RandomGenerator rnd, List<String> from) {
    return from.get(rnd.nextInt(from.size()));
  }
}
