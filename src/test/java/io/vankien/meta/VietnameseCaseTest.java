package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VietnameseCaseTest {
  @Test
  void bodiesAndProvincesTakeTheirDisplayForm() {
    assertEquals("Tỉnh ủy Hưng Yên", VietnameseCase.restore("TỈNH ỦY HƯNG YÊN"));
    assertEquals("Ban Chấp hành Đảng bộ tỉnh Khánh Hòa", VietnameseCase.restore("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÁNH HOÀ"));
  }

  /** The state header "TỈNH BÀ RỊA – VŨNG TÀU" is typed with an en dash as often as with a hyphen. */
  @Test
  void aProvinceNameTypedWithAnotherDash() {
    assertEquals("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", VietnameseCase.restore("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU"));
    assertEquals("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", VietnameseCase.restore("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU"));
  }
}
