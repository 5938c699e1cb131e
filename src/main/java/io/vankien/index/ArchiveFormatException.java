package io.vankien.index;

import java.nio.file.Path;

/**
 * The archive was written in another {@link ArchiveFormat} than this vankien's: it is not served, searched or
 * written until {@code vankien upgrade} has rebuilt it (or, when a newer vankien wrote it, until that one runs).
 */
public final class ArchiveFormatException extends ArchiveException {
  private final ArchiveFormat recorded;

  public ArchiveFormatException(Path dataDir, ArchiveFormat recorded) {
    super(message(dataDir, recorded));
    this.recorded = recorded;
  }

  public ArchiveFormat recorded() {
    return recorded;
  }

  static String message(Path dataDir, ArchiveFormat recorded) {
    String where = dataDir.toAbsolutePath().toString();
    String what = String.join("; ", recorded.differences(ArchiveFormat.CURRENT));
    if (recorded.newerThan(ArchiveFormat.CURRENT)) {
      return "kho lưu trữ tại " + where + " do một phiên bản vankien mới hơn ghi (" + what + "): phiên bản này"
          + " không đọc được, hãy chạy phiên bản mới hơn đó (không hạ cấp được)";
    }
    return "kho lưu trữ tại " + where + " có định dạng cũ (" + what + "); vankien từ chối dùng nó để khỏi trả"
        + " lời sai. Nâng cấp một lần (giữ nguyên mã, phiên bản, chỉnh sửa, mức truy cập và nhật ký): ./vankien"
        + " upgrade --index " + dataDir + " (dừng máy chủ trước; sao lưu trước nếu muốn: ./vankien backup DEST)";
  }
}
