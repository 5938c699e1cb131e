package io.vankien.web;

import io.vankien.search.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before the API sees the request (a URI it cannot decode: 400, too long: 414,
 * headers too large: 431, body too large: 413), in the API's JSON shape {@code {"error": ...}} with a
 * request id and the security headers, instead of Jetty's HTML page. The message is the status's own
 * reason: Jetty's detail is not repeated (it may quote the request back).
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String id = ApiErrors.newRequestId();
    HttpFields.Mutable h = response.getHeaders();
    headers(h, id);
    if (code == 500) {
      org.slf4j.LoggerFactory.getLogger(JsonErrorHandler.class)
          .error("request {} failed: {} {}: {}", id, request.getMethod(), request.getHttpURI().getPath(), message, cause);
    }
    response.write(true, ByteBuffer.wrap(body(code, id)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers(fields, ApiErrors.newRequestId());
    return ByteBuffer.wrap(body(status, fields.get(ApiErrors.REQUEST_ID)));
  }

  private static void headers(HttpFields.Mutable h, String id) {
    h.put(HttpHeader.CONTENT_TYPE, "application/json");
    h.put(ApiErrors.REQUEST_ID, id);
    SecurityHeaders.all().forEach(h::put);
  }

  static byte[] body(int code, String requestId) {
    Object answer = code == 500 ? ApiErrors.body(requestId) : Map.of("error", reason(code), "code", ApiErrors.code(code));
    return Json.write(answer).getBytes(StandardCharsets.UTF_8);
  }

  private static String reason(int code) {
    return switch (code) {
      case 400 -> "Yêu cầu không đọc được: địa chỉ hoặc một tiêu đề bị hỏng (kiểm tra mã hóa phần trăm).";
      case 413 -> "Yêu cầu quá lớn.";
      case 414 -> "Địa chỉ quá dài.";
      case 431 -> "Phần tiêu đề của yêu cầu quá lớn.";
      default -> "Lỗi " + code + " (" + String.valueOf(HttpStatus.getMessage(code)) + ").";
    };
  }
}
