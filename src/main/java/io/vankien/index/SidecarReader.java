package io.vankien.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code <file>.meta.json} beside a document: metadata fields set by staff. */
final class SidecarReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SidecarReader() {}

  static Path sidecarOf(Path file) {
    return file.resolveSibling(file.getFileName() + Ingester.SIDECAR_SUFFIX);
  }

  static Map<String, Object> read(Path file) throws IOException {
    Path side = sidecarOf(file);
    if (!Files.exists(side)) {
      return Map.of();
    }
    try {
      return JSON.readValue(side.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (IOException e) {
      throw new IOException("bad sidecar " + side.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
