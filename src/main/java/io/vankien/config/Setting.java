package io.vankien.config;

import io.vankien.extract.ExtractionLimits;
import io.vankien.index.IngestOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of {@code vankien.properties}: its key, type, default, the environment variable that
 * overrides it (if any), what it is, and the command-line options that set it. Adding a setting is one line
 * here plus the option in the commands that use it.
 */
public enum Setting {
  DATA("data", SettingType.TEXT, Setting.DEFAULT_DATA_DIR, null,
      "Data folder: Lucene index, original files, accounts, audit log, reports.", "--index"),
  HOST("host", SettingType.TEXT, "127.0.0.1", null,
      "Address the server binds (127.0.0.1: this machine only; 0.0.0.0: every interface).", "--host"),
  PORT("port", SettingType.PORT, "7070", null, "Port the server listens on.", "--port"),
  DEFAULT_ACCESS("default-access", SettingType.ACCESS_LEVEL, IngestOptions.DEFAULT_ACCESS.code(),
      "VANKIEN_DEFAULT_ACCESS", "Access level of a document that states none: public, internal or restricted.",
      "--default-access", "--access"),
  MAX_UPLOAD_MB("max-upload-mb", SettingType.POSITIVE, "" + (IngestOptions.defaults().maxFileBytes() >> 20), null,
      "Largest file one upload to the server may carry, in MB.", "--max-upload-mb"),
  MAX_FILE_MB("max-file-mb", SettingType.POSITIVE, "" + (ExtractionLimits.DEFAULT_MAX_FILE_BYTES >> 20), null,
      "Ingest skips larger files, in MB.", "--max-file-mb"),
  TIMEOUT_SECONDS("timeout-seconds", SettingType.POSITIVE, "" + ExtractionLimits.DEFAULT_TIMEOUT.toSeconds(), null,
      "Per-file time limit of ingest for text extraction and OCR, in seconds.", "--timeout"),
  OCR("ocr", SettingType.BOOLEAN, "true", null, "Whether ingest OCRs scanned PDFs and images (Tesseract).", "--ocr"),
  INGEST_THREADS("ingest-threads", SettingType.THREADS, SettingType.AUTO, null,
      "Files ingest extracts at once (auto: the number of cores).", "--threads"),
  INGEST_BATCH("ingest-batch", SettingType.POSITIVE, "" + IngestOptions.DEFAULT_BATCH, null,
      "Index writes between commits during ingest.", "--batch"),
  UPLOAD_THREADS("upload-threads", SettingType.THREADS, SettingType.AUTO, null,
      "Uploads the server receives and extracts at once (auto: half the cores).", "--upload-threads"),
  STAFF_TOKEN_FILE("staff-token-file", SettingType.OPTIONAL_PATH, "", null,
      "File holding the staff token (VANKIEN_STAFF_TOKEN, if set, is used instead); empty: none.",
      "--staff-token-file"),
  CORS_ORIGINS("cors-origins", SettingType.ORIGINS, "", null,
      "Comma-separated origins (https://host[:port]) whose pages may call the API; empty: none.", "--cors-origin"),
  SECURE_COOKIES("secure-cookies", SettingType.BOOLEAN, "false", null,
      "Mark the session cookie Secure (users reach the service over HTTPS through a proxy).", "--secure-cookies"),
  CLUSTER_URL("cluster-url", SettingType.OPTIONAL_URLS, "", "VANKIEN_CLUSTER_URL",
      "OpenSearch cluster ingest also writes documents to and serve answers searches from (http[s]://host:port, or several nodes' addresses separated by commas, tried in turn); empty: the embedded archive only.",
      "--cluster"),
  CLUSTER_INDEX("cluster-index", SettingType.INDEX_NAME, "vankien", null,
      "Name of the cluster's index ingest writes to (created from the index template when missing).",
      "--cluster-index"),
  CLUSTER_USER("cluster-user", SettingType.OPTIONAL_TEXT, "", "VANKIEN_CLUSTER_USER",
      "User of the cluster (HTTP basic authentication); empty: none.", "--cluster-user"),
  CLUSTER_PASSWORD_FILE("cluster-password-file", SettingType.OPTIONAL_PATH, "", null,
      "File holding the cluster user's password (VANKIEN_CLUSTER_PASSWORD, if set, is used instead); empty: none.",
      "--cluster-password-file");

  /** The data folder unless configured (relative to the working directory). */
  public static final String DEFAULT_DATA_DIR = "index";

  /** The file's name, in the data folder or the system folder. */
  public static final String FILE_NAME = "vankien.properties";

  private static final Map<String, Setting> BY_KEY = new HashMap<>();
  private static final Map<String, Setting> BY_OPTION = new HashMap<>();

  static {
    for (Setting s : values()) {
      BY_KEY.put(s.key, s);
      for (String o : s.options) {
        BY_OPTION.put(o, s);
      }
    }
  }

  private final String key;
  private final SettingType type;
  private final String defaultValue;
  private final String env;
  private final String description;
  private final List<String> options;

  Setting(String key, SettingType type, String defaultValue, String env, String description, String... options) {
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.env = env;
    this.description = description;
    this.options = List.of(options);
  }

  public String key() {
    return key;
  }

  public SettingType type() {
    return type;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** The environment variable that overrides the file, if any. */
  public Optional<String> env() {
    return Optional.ofNullable(env);
  }

  public String description() {
    return description;
  }

  /** The command-line options that set it (a command has at most one of them). */
  public List<String> options() {
    return options;
  }

  /**
   * The value in its canonical spelling.
   *
   * @throws IllegalArgumentException saying why the value does not fit
   */
  public String canonical(String value) {
    return type.canonical(value);
  }

  public static Optional<Setting> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  public static Optional<Setting> byOption(String option) {
    return Optional.ofNullable(BY_OPTION.get(option));
  }
}
