package io.vankien.search;

import java.util.Map;

/**
 * The Vietnamese name of each request parameter and metadata field, as error messages name them; a facet
 * dimension's is its {@link FacetDimension#label()}.
 */
public final class ParameterNames {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("q", "Từ khóa tìm kiếm"),
      Map.entry("provincesMentioned", "Các tỉnh được nhắc đến"),
      Map.entry("from", "Từ ngày"),
      Map.entry("to", "Đến ngày"),
      Map.entry("signerRole", "Chức vụ người ký"),
      Map.entry("signingAuthority", "Thẩm quyền ký"),
      Map.entry("subjects", "Lĩnh vực"),
      Map.entry("subjectReasons", "Lĩnh vực: căn cứ"),
      Map.entry("sort", "Cách sắp xếp"),
      Map.entry("page", "Số trang"),
      Map.entry("size", "Số kết quả mỗi trang"),
      Map.entry("facetLimit", "Số giá trị mỗi bộ lọc"),
      Map.entry("correct", "Tự sửa từ khóa"),
      Map.entry("format", "Định dạng xuất"),
      Map.entry("limit", "Số sự kiện"),
      Map.entry("n", "Số thứ tự bản"),
      Map.entry("body", "Nội dung gửi lên"),
      Map.entry("file", "Tệp tải lên"),
      Map.entry("meta", "Thông tin văn bản kèm tệp"),
      Map.entry("title", "Trích yếu"),
      Map.entry("number", "Số, ký hiệu"),
      Map.entry("date", "Ngày ban hành"),
      Map.entry("access", "Mức độ truy cập"),
      Map.entry("cites", "Số hiệu được trích dẫn"),
      Map.entry("recipients", "Nơi nhận"),
      Map.entry("ids", "Danh sách văn bản"),
      Map.entry("field", "Trường cần sửa"),
      Map.entry("value", "Giá trị mới"),
      Map.entry("problem", "Loại thiếu sót"),
      Map.entry("query string", "Địa chỉ trang"),
      Map.entry("name", "Tên tìm kiếm đã lưu"),
      Map.entry("query", "Chuỗi tìm kiếm đã lưu"),
      Map.entry("document", "Văn bản được đánh dấu"),
      Map.entry("note", "Ghi chú"));

  private ParameterNames() {}

  /** "Từ khóa tìm kiếm" for q; a parameter without a Vietnamese name as «Tham số “x”». */
  public static String of(String parameter) {
    String name = FacetDimension.byParam(parameter).map(FacetDimension::label).orElse(NAMES.get(parameter));
    return name != null ? name : "Tham số “" + parameter + "”";
  }
}
