package io.vankien.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code serve --cluster}: the routes the cluster answers ({@link #PORTED}), and for every other route of the API
 * a 501 that names it (code {@code not-on-cluster}), before its handler runs: the data folder's own index is
 * never read in its place. Routes that read no document (sign-in, the facet list, openapi.json) answer as always;
 * originals are read from the data folder's content store (which {@code ingest --cluster} keeps local) once the
 * cluster says the caller may read the document. Not ported: the writes (uploads, new versions, metadata edits,
 * deletion) and the review queue.
 */
final class ClusterRoutes {
  /** What a server reading a cluster answers. */
  static final Set<String> PORTED = Set.of(
      "GET /api/search", "GET /api/export", "GET /api/suggest", "GET /api/stats", "GET /api/facets", "GET /api/health",
      "GET /api/documents/{id}", "GET /api/documents/{id}/versions", "GET /api/stats/province-time",
      "GET /api/documents/{id}/original", "GET /api/documents/{id}/versions/{n}/original",
      "GET /api/documents/{id}/citations", "GET /api/symbols", "GET /api/symbols/<symbol>", "GET /api/chains",
      "GET /api/chains/<symbol>",
      "GET /api/saved", "POST /api/saved/searches", "DELETE /api/saved/searches/{id}", "POST /api/saved/bookmarks",
      "DELETE /api/saved/bookmarks/{id}", "GET /api/metrics",
      "POST /api/login", "POST /api/logout", "GET /api/me", "GET /api/audit", "GET /openapi.json");

  /** The routes that are not ported, each with the pattern of its paths. */
  private final List<Map.Entry<Pattern, String>> refused = new ArrayList<>();

  /** @param routes every registered route, as "GET /api/documents/{id}" */
  ClusterRoutes(List<String> routes) {
    for (String r : routes) {
      if (PORTED.contains(r)) {
        continue;
      }
      int space = r.indexOf(' ');
      String path = r.substring(space + 1);
      String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q").replaceAll("<[^>/]+>", "\\\\E.+\\\\Q");
      refused.add(Map.entry(Pattern.compile(r.substring(0, space) + " " + regex), r));
    }
  }

  /** A 501 naming the route when the request is for one the cluster does not answer yet. */
  void check(Context ctx) {
    String request = ctx.method().name() + " " + ctx.path();
    for (Map.Entry<Pattern, String> e : refused) {
      if (e.getKey().matcher(request).matches()) {
        throw new HttpResponseException(501, "Máy chủ này đọc văn bản từ cụm OpenSearch và chưa trả lời "
            + e.getValue() + " khi chạy trên cụm: tải văn bản lên, thêm bản mới, sửa thông tin, xóa văn bản và rà soát"
            + " chỉ làm được trên máy chủ đọc kho trong thư mục dữ liệu (không có --cluster); tìm kiếm, gợi ý, văn bản và bản gốc, trích dẫn, số hiệu, chuỗi thực hiện, thống kê, xuất"
            + " kết quả, mục đã lưu, số liệu giám sát và đăng nhập thì máy chủ này trả lời.",
            Map.of("route", e.getValue()));
      }
    }
  }
}
