package io.vankien.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.vankien.search.Json;
import java.io.IOException;

/**
 * Writes an answer as JSON straight into the response stream, with one shared writer. Javalin's
 * {@code ctx.json} first builds the whole answer as a String, then as bytes, and then copies them out; this
 * encodes once, into the stream Javalin compresses when the client accepts it. The stream is Javalin's:
 * it closes it after the handler, so the writer leaves it open.
 */
final class JsonAnswer {
  private static final ObjectWriter WRITER = Json.MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private JsonAnswer() {}

  static void write(Context ctx, Object answer) throws IOException {
    ctx.contentType(ContentType.APPLICATION_JSON);
    WRITER.writeValue(ctx.outputStream(), answer);
  }
}
