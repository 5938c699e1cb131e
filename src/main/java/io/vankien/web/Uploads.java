package io.vankien.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UploadedFile;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.extract.ExtractionException;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.index.NotAdmittedException;
import io.vankien.index.EarlierVersionException;
import io.javalin.http.ConflictResponse;
import io.javalin.http.UnprocessableContentResponse;
import io.vankien.index.UploadName;
import io.vankien.search.BadRequestException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives uploads (multipart: field "file", repeated, and optional "meta" JSON): refused on its declared
 * length before any byte is read, parsed by Jetty within the configured multipart limits (parts spill to
 * {@code <data>/tmp/}), copied to a file of the server's naming, ingested from there, deleted when done.
 * At most {@link WebOptions#concurrentUploads()} are received and extracted at once.
 */
final class Uploads {
  static final Set<String> FIELDS = Set.of("file", "meta");
  private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
  private static final int RETRY_AFTER_SECONDS = 10;

  private final Ingester ingester;
  private final UploadSpool spool;
  private final WebOptions options;
  private final Semaphore turns;
  private final AuditLog audit;

  Uploads(Ingester ingester, UploadSpool spool, WebOptions options, AuditLog audit) {
    this.ingester = ingester;
    this.spool = spool;
    this.options = options;
    this.turns = new Semaphore(options.concurrentUploads(), true);
    this.audit = audit;
  }

  /** Receives the upload of a caller cleared to write (the caller's provinces bound what it may write). */
  void receive(Context ctx, Caller caller) throws Exception {
    receive(ctx, caller, null);
  }

  /**
   * Receives a new version of document {@code id} (its permanent id): one file, optional "meta". Answers 201
   * with {@code {id, version, outcome, file}} ({@code outcome} "replaced"), or 200 when the file is the current
   * version already ("unchanged"); 404 for no such document, 403 when the caller may not write it, 409 when
   * the file is another document's, 422 when it cannot be read.
   */
  void receiveVersion(Context ctx, Caller caller, String id) throws Exception {
    receive(ctx, caller, id);
  }

  private void receive(Context ctx, Caller caller, String versionOf) throws Exception {
    long declared = ctx.req().getContentLengthLong();
    if (declared > options.maxUploadRequestBytes()) {
      ctx.header("Connection", "close"); // the body is not read: the connection cannot carry another request
      throw tooLarge();
    }
    if (!ctx.isMultipartFormData()) {
      throw new BadRequestException("body", "phải gửi dạng “multipart/form-data”, tệp nằm trong trường “file”");
    }
    if (!turns.tryAcquire(options.uploadWait().toMillis(), TimeUnit.MILLISECONDS)) {
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      throw new ServiceUnavailableResponse("Máy chủ đang bận xử lý " + options.concurrentUploads()
          + " lượt tải lên; hãy thử lại sau " + RETRY_AFTER_SECONDS + " giây.", Map.of("code", "busy"));
    }
    try {
      Form form = parse(ctx);
      if (versionOf == null) {
        ingest(ctx, caller, form);
      } else {
        newVersion(ctx, caller, form, versionOf);
      }
    } finally {
      turns.release();
    }
  }

  /** The files of a multipart upload and the metadata fields sent with them. */
  private record Form(List<UploadedFile> files, Map<String, Object> overrides) {}

  private Form parse(Context ctx) {
    List<UploadedFile> files;
    String metaJson = null;
    try {
      files = ctx.uploadedFiles("file");
      for (Part p : parts(ctx)) {
        if (!FIELDS.contains(p.getName())) {
          throw new BadRequestException(p.getName() == null ? "body" : p.getName(),
              "biểu mẫu không có trường này (chỉ có “file” và “meta”)");
        }
        if (p.getName().equals("meta") && p.getSubmittedFileName() != null) {
          throw new BadRequestException("meta", "phải là một trường chứa JSON, không phải một tệp");
        }
        if (p.getName().equals("meta")) {
          if (p.getSize() > WebOptions.MAX_META_BYTES) {
            throw new BadRequestException("meta", "quá lớn (tối đa " + WebOptions.MAX_META_BYTES + " byte)");
          }
          try (InputStream in = p.getInputStream()) {
            metaJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
    } catch (IOException | IllegalStateException | jakarta.servlet.ServletException e) {
      ctx.header("Connection", "close"); // the body was not read to its end
      throw multipartProblem(e);
    }
    if (files.isEmpty()) {
      throw new BadRequestException("file", "chưa chọn tệp nào để tải lên");
    }
    return new Form(files, MetadataInput.read(metaJson, "meta"));
  }

  private void ingest(Context ctx, Caller caller, Form form) throws Exception {
    Map<String, Object> overrides = form.overrides();
    List<Map<String, Object>> results = new ArrayList<>();
    boolean anyFailed = false;
    for (UploadedFile f : form.files()) {
      Map<String, Object> r = one(f, overrides, caller);
      anyFailed |= r.containsKey("error");
      if (r.containsKey("id")) {
        audit.record("upload", caller.name(), caller.role().code(), ctx.ip(), (String) r.get("id"),
            Map.of("file", r.get("file"), "outcome", r.get("outcome")));
      }
      results.add(r);
    }
    ctx.status(anyFailed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED).json(Map.of("documents", results));
  }

  private void newVersion(Context ctx, Caller caller, Form form, String id) throws Exception {
    if (form.files().size() != 1) {
      throw new BadRequestException("file", "bản sửa chỉ gồm một tệp (đã gửi " + form.files().size() + " tệp)");
    }
    UploadedFile f = form.files().get(0);
    String name = UploadName.display(f.filename());
    Path tmp = spool.newFile(UploadName.extension(f.filename()));
    try {
      try (InputStream in = f.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Ingester.VersionResult v;
      try {
        v = ingester.ingestNewVersion(id, f.filename(), tmp, form.overrides(), caller::worksFor, caller.name());
      } catch (java.util.NoSuchElementException e) {
        throw new NotFoundException(NotFoundException.noDocument(id));
      } catch (NotAdmittedException e) {
        throw new ForbiddenException(sentence(WriteProblems.vietnamese(e.getMessage())));
      } catch (EarlierVersionException e) {
        String detail = scrub(e.getMessage(), tmp, name);
        throw new ConflictResponse(sentence(WriteProblems.vietnamese(detail)), Map.of("detail", detail));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("meta", WriteProblems.vietnamese(scrub(e.getMessage(), tmp, name)));
      } catch (ExtractionException e) {
        String detail = scrub(e.getMessage(), tmp, name);
        throw new UnprocessableContentResponse(sentence(WriteProblems.vietnamese(detail)), Map.of("detail", detail));
      }
      boolean replaced = v.outcome() == IngestReport.Outcome.REPLACED;
      if (replaced) {
        audit.record("new-version", caller.name(), caller.role().code(), ctx.ip(), v.id(),
            Map.of("file", name, "version", v.version(), "sha256", v.sha256(), "replaced", v.replacedSha256()));
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", v.id());
      r.put("version", v.version());
      r.put("outcome", replaced ? "replaced" : "unchanged");
      r.put("file", name);
      ctx.status(replaced ? HttpStatus.CREATED : HttpStatus.OK).json(r);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Collection<Part> parts(Context ctx) throws IOException, jakarta.servlet.ServletException {
    return ctx.req().getParts(); // already parsed by uploadedFiles, with the configured limits
  }

  private Map<String, Object> one(UploadedFile f, Map<String, Object> overrides, Caller caller) throws IOException {
    String name = UploadName.display(f.filename());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("file", name);
    Path tmp = spool.newFile(UploadName.extension(f.filename()));
    try {
      try (InputStream in = f.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Ingester.UploadResult u = ingester.ingestUpload(f.filename(), tmp, overrides, caller::worksFor);
      r.put("id", u.id());
      r.put("outcome", u.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (u.outcome() == IngestReport.Outcome.SOURCE_ADDED) {
        r.put("note", "tệp này đã có trong kho; tên tệp được thêm vào văn bản đó"
            + (overrides.isEmpty() ? "" : ", và thông tin gửi kèm được ghi như một lần sửa"));
      }
    } catch (ExtractionException | IllegalArgumentException | NotAdmittedException | EarlierVersionException e) {
      String detail = scrub(e.getMessage(), tmp, name);
      r.put("error", sentence(WriteProblems.vietnamese(detail)));
      r.put("detail", detail);
    } catch (StackOverflowError e) {
      String id = ApiErrors.newRequestId();
      LOG.error("upload {} ({}) could not be processed", id, name, e);
      r.put("error", "Không xử lý được tệp (mã tra cứu " + id + ").");
    } finally {
      Files.deleteIfExists(tmp);
    }
    return r;
  }

  /** A message about the spool file, told with the name the uploader typed (no server paths). */
  private String scrub(String message, Path tmp, String name) {
    if (message == null) {
      return "không nhập được tệp vào kho";
    }
    return message.replace(tmp.toAbsolutePath().toString(), name).replace(tmp.toString(), name)
        .replace(tmp.getFileName().toString(), name).replace(spool.dir().toAbsolutePath().toString(), "")
        .replace(spool.dir().toString(), "");
  }

  private RuntimeException multipartProblem(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadMessageException b && b.getCode() == 413) {
        return tooLarge();
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("exceeds") || m.contains("too large") || m.contains("max")) {
        return tooLarge();
      }
    }
    return new BadRequestException("body", "dữ liệu “multipart/form-data” bị hỏng");
  }

  private ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse("Tệp tải lên quá lớn: tối đa " + options.maxUploadBytes()
        + " byte mỗi tệp và " + options.maxUploadRequestBytes() + " byte mỗi lần gửi.",
        Map.of("limitBytes", String.valueOf(options.maxUploadBytes()), "code", "upload-too-large"));
  }

  /** "tệp rỗng" → "Tệp rỗng.": a refusal as a sentence. */
  static String sentence(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
