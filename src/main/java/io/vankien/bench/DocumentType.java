package io.vankien.bench;

import java.util.List;

/**
 * A document type as the generator writes it: its name (as {@link io.vankien.meta.DocumentTypes} names
 * it), the type code of its number, the verb that ends its opening sentence ("kết luận như sau"), the
 * headings of its sections, the sentence that closes its body, and whether later documents cite it.
 */
enum DocumentType {
  NGHI_QUYET("Nghị quyết", "NQ", "quyết nghị", true,
      List.of("TÌNH HÌNH VÀ NGUYÊN NHÂN", "QUAN ĐIỂM, MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN"),
      "Nghị quyết này phổ biến đến chi bộ."),
  KET_LUAN("Kết luận", "KL", "kết luận như sau", true,
      List.of("ĐÁNH GIÁ CHUNG", "HẠN CHẾ, KHUYẾT ĐIỂM", "NHIỆM VỤ THỜI GIAN TỚI", "TỔ CHỨC THỰC HIỆN"),
      "Kết luận này phổ biến đến chi bộ."),
  THONG_BAO("Thông báo", "TB", "thông báo ý kiến kết luận như sau", true,
      List.of("KẾT QUẢ ĐẠT ĐƯỢC", "HẠN CHẾ, TỒN TẠI", "NHIỆM VỤ TRỌNG TÂM", "GIAO NHIỆM VỤ"),
      "Đề nghị các cơ quan, đơn vị liên quan triển khai thực hiện."),
  BAO_CAO("Báo cáo", "BC", "báo cáo như sau", false,
      List.of("TÌNH HÌNH THỰC HIỆN", "KẾT QUẢ ĐẠT ĐƯỢC", "HẠN CHẾ, NGUYÊN NHÂN", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
          "ĐỀ XUẤT, KIẾN NGHỊ"),
      "Trên đây là báo cáo kết quả thực hiện, kính báo cáo."),
  CHI_THI("Chỉ thị", "CT", "yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nhiệm vụ sau", true,
      List.of("NHIỆM VỤ TRỌNG TÂM", "GIẢI PHÁP THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
      "Chỉ thị này phổ biến đến chi bộ."),
  KE_HOACH("Kế hoạch", "KH", "ban hành Kế hoạch thực hiện như sau", true,
      List.of("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, NHIỆM VỤ", "PHÂN CÔNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
      "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Kế hoạch này."),
  QUYET_DINH("Quyết định", "QĐ", "quyết định", true, List.of(), ""),
  QUY_DINH("Quy định", "QĐi", "quy định như sau", true,
      List.of("QUY ĐỊNH CHUNG", "NỘI DUNG CỤ THỂ", "TỔ CHỨC THỰC HIỆN"),
      "Quy định này có hiệu lực kể từ ngày ký."),
  CHUONG_TRINH("Chương trình", "CTr", "ban hành Chương trình hành động như sau", true,
      List.of("MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"),
      "Chương trình này phổ biến đến chi bộ."),
  HUONG_DAN("Hướng dẫn", "HD", "hướng dẫn như sau", true,
      List.of("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"),
      "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh để được hướng dẫn."),
  CONG_VAN("Công văn", "CV", "đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau", false,
      List.of(), "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện."),
  TO_TRINH("Tờ trình", "TTr", "kính trình xem xét, cho ý kiến một số nội dung sau", false,
      List.of("SỰ CẦN THIẾT", "NỘI DUNG CHỦ YẾU", "ĐỀ XUẤT, KIẾN NGHỊ"),
      "Kính trình xem xét, quyết định.");

  final String label;
  final String code;
  final String verb;
  final boolean citable;
  final List<String> sections;
  final String closing;

  DocumentType(String label, String code, String verb, boolean citable, List<String> sections, String closing) {
    this.label = label;
    this.code = code;
    this.verb = verb;
    this.citable = citable;
    this.sections = sections;
    this.closing = closing;
  }

  /** The type line in capitals: "NGHỊ QUYẾT". */
  String typeLine() {
    return Issuer.upper(label);
  }
}
